package id.lintas.domain.model.servicecase;

import static id.lintas.domain.model.servicecase.CaseFixtures.CALENDAR;
import static id.lintas.domain.model.servicecase.CaseFixtures.actor;
import static id.lintas.domain.model.servicecase.CaseFixtures.at;
import static id.lintas.domain.model.servicecase.CaseFixtures.current;
import static id.lintas.domain.model.servicecase.CaseFixtures.executionsOf;
import static id.lintas.domain.model.servicecase.CaseFixtures.sop;
import static id.lintas.domain.model.servicecase.CaseFixtures.tickAll;
import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.sop.SopDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Due times counted in office hours on working days, late steps and late cases, and who a late
 * step is escalated to.
 */
class CaseTimeTest {
    private final CaseFixtures fx = new CaseFixtures();

    // ------------------------------------------------------------------ steps

    @Test
    void aStepIsOverdueAfterItsDueTimeWhileOpenOrWhenFinishedLate() {
        ServiceCase c = fx.open("SELINTAS");
        StepExecution receive = c.openExecutions().get(0);
        assertThat(receive.dueAt()).contains(at(2026, 11, 23, 8, 1));

        assertThat(receive.isOverdue(at(2026, 11, 23, 8, 1))).isFalse();
        assertThat(receive.isOverdue(at(2026, 11, 23, 8, 2))).isTrue();

        fx.setNow(at(2026, 11, 23, 8, 10));
        fx.completeCurrent(c);
        assertThat(receive.isOverdue(at(2026, 11, 23, 8, 0))).as("finished late stays late").isTrue();

        StepExecution check = c.openExecutions().get(0);
        assertThat(check.dueAt()).contains(at(2026, 11, 23, 8, 15));
        fx.setNow(at(2026, 11, 23, 8, 12));
        fx.completeCurrent(c);
        assertThat(check.isOverdue(at(2027, 1, 1, 0, 0))).as("finished in time stays in time").isFalse();
    }

    @Test
    void aStepWithAnOpenTimeStandardIsNeverOverdue() {
        ServiceCase c = fx.open("LANDA_MEWA");
        fx.walkTo(c, "check_requirements");
        StepExecution check = c.openExecutions().get(0);

        assertThat(check.dueAt()).isEmpty();
        assertThat(check.isOverdue(at(2027, 12, 31, 23, 0))).isFalse();
    }

    @Test
    void theCourierHasThreeOfficeHoursCarriedOverToTheNextWorkingDay() {
        fx.setNow(at(2026, 11, 23, 14, 30));
        ServiceCase c = fx.open("SELINTAS");
        fx.walkTo(c, "courier_pickup");

        // 1h30 on Monday until 16:00, 1h30 from 08:00 on Tuesday
        assertThat(c.openExecutions().get(0).dueAt()).contains(at(2026, 11, 24, 9, 30));
    }

    @Test
    void dueTimesSkipHolidaysAndCutiBersama() {
        // Wednesday 23 December 2026: 24 December is cuti bersama, 25 December Christmas
        fx.setNow(at(2026, 12, 23, 14, 0));
        ServiceCase c = fx.open("SELINTAS");
        assertThat(c.serviceDeadline()).contains(at(2026, 12, 23, 16, 0));
        fx.walkTo(c, "courier_pickup");

        assertThat(c.openExecutions().get(0).dueAt()).contains(at(2026, 12, 28, 9, 0));
    }

    @Test
    void fridayClosesAtHalfPastFour() {
        fx.setNow(at(2026, 11, 27, 16, 0));
        ServiceCase kids = fx.open("SMART_KIDS");
        // 525 minutes: 30 on Friday, 480 on Monday (08:00-16:00), 15 from Tuesday's opening
        assertThat(kids.serviceDeadline()).contains(at(2026, 12, 1, 8, 15));

        ServiceCase dik = fx.open("DIK_JAMILA_MEWA");
        assertThat(dik.serviceDeadline()).as("not before the file is complete").isEmpty();
        fx.walkTo(dik, "check_against_siak");
        // 24 hours from the complete file, on the clock as LANDA MEWA's "24 jam": Saturday 16:00
        assertThat(dik.serviceDeadline()).contains(at(2026, 11, 28, 16, 0));

        fx.setNow(at(2026, 11, 27, 10, 0));
        assertThat(fx.open("SELINTAS").serviceDeadline()).contains(at(2026, 11, 27, 16, 30));
    }

    @Test
    void aSameDayServiceReceivedAfterClosingIsDueTheNextWorkingDay() {
        fx.setNow(at(2026, 11, 23, 17, 0));
        assertThat(fx.open("SELINTAS").serviceDeadline()).contains(at(2026, 11, 24, 16, 0));

        fx.setNow(at(2026, 11, 28, 9, 0)); // Saturday
        assertThat(fx.open("SELINTAS").serviceDeadline()).contains(at(2026, 11, 30, 16, 0));
    }

    @Test
    void aPerItemTimeCountsOnceForEveryItem() {
        SopDefinition sjij = sop("SI_JARAN_IJO");
        List<ServiceCase.NewItem> targets = List.of(new ServiceCase.NewItem("Mbah Darmi", null),
                new ServiceCase.NewItem("Pak Karto", null), new ServiceCase.NewItem("Bu Sumi", null));
        ServiceCase c = ServiceCase.open(sjij, 104, CALENDAR, actor(Role.VILLAGE), fx.opening(sjij, targets), fx.now());
        fx.walkTo(c, "record_ktp_el");
        assertThat(current(c).standard().isPerItem()).isTrue();

        // 3 targets x 30 minutes from 08:00
        assertThat(c.openExecutions()).hasSize(3)
                .allSatisfy(e -> assertThat(e.dueAt()).contains(at(2026, 11, 23, 9, 30)));
        // travel_to_target is per item too, but its time is left open
        assertThat(executionsOf(c, "travel_to_target")).hasSize(3).allSatisfy(e -> assertThat(e.dueAt()).isEmpty());
    }

    // ------------------------------------------------------------------ the whole service

    @Test
    void theTwentyFourHourPromiseRunsRoundTheClockOverTheWeekend() {
        fx.setNow(at(2026, 11, 27, 14, 0)); // Friday
        ServiceCase c = fx.open("LANDA_MEWA");
        fx.walkTo(c, "check_requirements");
        fx.setNow(at(2026, 11, 27, 15, 0));
        fx.completeCurrent(c);
        assertThat(c.serviceClockStartedAt()).contains(at(2026, 11, 27, 15, 0));
        assertThat(c.serviceDeadline()).contains(at(2026, 11, 28, 15, 0)); // Saturday: the promise does not wait for Monday
    }

    @Test
    void aCaseIsOverdueAfterItsServiceDeadline() {
        ServiceCase c = fx.open("SELINTAS");
        Instant deadline = at(2026, 11, 23, 16, 0);
        assertThat(c.serviceDeadline()).contains(deadline);

        assertThat(c.isOverdue(deadline)).isFalse();
        assertThat(c.isOverdue(deadline.plusSeconds(60))).isTrue();

        fx.setNow(deadline.plus(Duration.ofHours(1)));
        fx.walkToEnd(c);
        assertThat(c.closedAt()).contains(deadline.plus(Duration.ofHours(1)));
        assertThat(c.isOverdue(deadline.minusSeconds(60))).as("closed late stays late").isTrue();
    }

    @Test
    void aCaseClosedInTimeIsNeverOverdue() {
        ServiceCase c = fx.open("DIK_JAMILA_MEWA");
        fx.walkToEnd(c);

        assertThat(c.isOverdue(at(2027, 6, 1, 12, 0))).isFalse();
    }

    // ------------------------------------------------------------------ escalation

    @Test
    void aLateStepGoesToThePerformersSupervisor() {
        Map<String, Role> kasiSupervisor = Map.of("SELINTAS", Role.KABID_DAFDUK, "DIK_JAMILA_MEWA", Role.KABID_CAPIL,
                "LANDA_MEWA", Role.KABID_CAPIL, "SMART_KIDS", Role.KABID_DAFDUK, "SI_JARAN_IJO", Role.KABID_DAFDUK);
        for (SopDefinition sop : CaseFixtures.definitions()) {
            String code = sop.code();
            assertThat(Supervision.of(Role.OPERATOR, sop)).as(code).isEqualTo(Role.KASI);
            assertThat(Supervision.of(Role.KASI, sop)).as(code).isEqualTo(kasiSupervisor.get(code));
            assertThat(Supervision.of(Role.KABID_DAFDUK, sop)).as(code).isEqualTo(Role.KADIS);
            assertThat(Supervision.of(Role.KABID_CAPIL, sop)).as(code).isEqualTo(Role.KADIS);
            assertThat(Supervision.of(Role.KADIS, sop)).as(code).isEqualTo(Role.KADIS);
            for (Role external : List.of(Role.HOSPITAL, Role.COURIER, Role.SCHOOL, Role.VILLAGE)) {
                assertThat(Supervision.of(external, sop)).as(code + " " + external).isEqualTo(Role.OPERATOR);
            }
            assertThat(Supervision.of(Role.ADMIN, sop)).as(code).isEqualTo(Role.ADMIN);
        }
    }

    @Test
    void theKasiOfASopWithACapilStepAnswersToTheCapilKabid() {
        // LANDA MEWA has a Capil step; DIK JAMILA MEWA lets the Capil kabid verify; SELINTAS has only Dafduk
        assertThat(sop("LANDA_MEWA").steps()).anyMatch(s -> s.role() == Role.KABID_CAPIL);
        assertThat(sop("DIK_JAMILA_MEWA").steps()).anyMatch(s -> s.alternativeRoles().contains(Role.KABID_CAPIL));
        assertThat(sop("SELINTAS").steps()).noneMatch(s -> s.isPerformableBy(Role.KABID_CAPIL));
    }

    @Test
    void aStepIsEscalatedOnlyOnce() {
        ServiceCase c = fx.open("SELINTAS");
        StepExecution receive = c.openExecutions().get(0);
        Role supervisor = Supervision.of(current(c).role(), c.definition());
        Instant first = at(2026, 11, 23, 9, 0);

        receive.escalate(supervisor, first);
        receive.escalate(Role.KASI, first.plus(Duration.ofHours(2)));

        assertThat(receive.escalatedAt()).contains(first);
        assertThat(receive.escalatedTo()).contains(Role.OPERATOR);
    }

    @Test
    void aFinishedStepIsNotEscalated() {
        ServiceCase c = fx.open("SELINTAS");
        StepExecution receive = c.openExecutions().get(0);
        fx.setNow(at(2026, 11, 23, 8, 30));
        c.complete(actor(Role.HOSPITAL), tickAll(current(c)), fx.now());
        assertThat(receive.isOverdue(fx.now())).isTrue();

        receive.escalate(Role.OPERATOR, fx.now());

        assertThat(receive.escalatedAt()).isEmpty();
        assertThat(receive.escalatedTo()).isEmpty();
    }
}

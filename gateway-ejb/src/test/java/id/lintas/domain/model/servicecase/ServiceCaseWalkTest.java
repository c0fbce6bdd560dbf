package id.lintas.domain.model.servicecase;

import static id.lintas.domain.model.servicecase.CaseFixtures.CALENDAR;
import static id.lintas.domain.model.servicecase.CaseFixtures.INSTITUTION;
import static id.lintas.domain.model.servicecase.CaseFixtures.OFFICE;
import static id.lintas.domain.model.servicecase.CaseFixtures.actor;
import static id.lintas.domain.model.servicecase.CaseFixtures.at;
import static id.lintas.domain.model.servicecase.CaseFixtures.current;
import static id.lintas.domain.model.servicecase.CaseFixtures.executionsOf;
import static id.lintas.domain.model.servicecase.CaseFixtures.step;
import static id.lintas.domain.model.servicecase.CaseFixtures.tickAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.sop.SopDefinition;
import id.lintas.domain.model.sop.StepDefinition;
import id.lintas.domain.model.sop.TimeStandard;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each of the five SOPs walked from its first step to its last: the case follows the definition's
 * order, every step execution is due by its time standard, and the finished case is closed with
 * its service deadline set. The clock moves five minutes after every step.
 */
class ServiceCaseWalkTest {
    private static final Duration STEP_PAUSE = Duration.ofMinutes(5);

    private final CaseFixtures fx = new CaseFixtures();

    @Test
    void selintasRunsFromTheHospitalToTheCourierTheSameDay() {
        ServiceCase c = fx.open("SELINTAS");

        assertOpened(c, "SELINTAS", Role.HOSPITAL);
        assertThat(c.institutionId()).contains(INSTITUTION);
        // SAME_DAY from the application: closing time of Monday 23 November 2026, 16:00 WIB
        assertThat(c.serviceClockStartedAt()).contains(at(2026, 11, 23, 8, 0));
        assertThat(c.serviceDeadline()).contains(at(2026, 11, 23, 16, 0));

        new Walk(c).toEnd();

        assertFinished(c);
        // courier_pickup is the 5th step: started 08:15 when the 4th was done, due 3 office hours later
        StepExecution pickup = executionsOf(c, "courier_pickup").get(0);
        assertThat(pickup.startedAt()).isEqualTo(at(2026, 11, 23, 8, 15));
        assertThat(pickup.dueAt()).contains(at(2026, 11, 23, 11, 15));
        assertThat(pickup.actor()).contains("courier");
        // receive_application: 1 minute from 08:00
        assertThat(executionsOf(c, "receive_application").get(0).dueAt()).contains(at(2026, 11, 23, 8, 1));
        // 15 steps, the last one finished at 08:00 + 14 x 5 minutes
        assertThat(c.closedAt()).contains(at(2026, 11, 23, 9, 10));
        assertThat(c.isOverdue(fx.now().plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void dikJamilaMewaIsVerifiedByTheCapilKabidAsAnAlternative() {
        ServiceCase c = fx.open("DIK_JAMILA_MEWA");

        assertOpened(c, "DIK_JAMILA_MEWA", Role.OPERATOR);
        assertThat(c.institutionId()).isEmpty();
        assertThat(c.serviceDeadline()).as("the 24 hours start with the complete file").isEmpty();

        new Walk(c).as("kabid_verify", Role.KABID_CAPIL).toEnd();
        assertThat(c.serviceDeadline()).contains(executionsOf(c, "check_completeness").get(0).finishedAt().orElseThrow()
                .plus(Duration.ofHours(24)));

        assertFinished(c);
        assertThat(executionsOf(c, "kabid_verify").get(0).actor()).contains("kabid_capil");
        assertThat(executionsOf(c, "kabid_verify").get(0).performerRoles())
                .containsExactlyInAnyOrder(Role.KABID_DAFDUK, Role.KABID_CAPIL);
    }

    @Test
    void landaMewaStartsItsServiceClockWhenTheRequirementsAreChecked() {
        ServiceCase c = fx.open("LANDA_MEWA");

        assertOpened(c, "LANDA_MEWA", Role.OPERATOR);
        Walk walk = new Walk(c).through("download_and_print");
        assertThat(c.currentStep()).contains("check_requirements");
        assertThat(c.serviceClockStartedAt()).isEmpty();
        assertThat(c.serviceDeadline()).isEmpty();
        assertThat(c.isOverdue(fx.now().plus(Duration.ofDays(365)))).isFalse();

        // check_requirements (4th step) is completed at 08:15
        walk.through("check_requirements");
        assertThat(c.serviceClockStartedAt()).contains(at(2026, 11, 23, 8, 15));
        // "paling lama 24 jam": round the clock, not office hours
        assertThat(c.serviceDeadline()).contains(at(2026, 11, 24, 8, 15));

        walk.toEnd();

        assertFinished(c);
        assertThat(c.serviceDeadline()).contains(at(2026, 11, 24, 8, 15));
        // time standards the SOP leaves open have no due time
        assertThat(executionsOf(c, "send_kia_ktp").get(0).dueAt()).isEmpty();
    }

    @Test
    void smartKidsWorksEachStudentAndSkipsOneConditionalStepButWorksTheOthers() {
        ServiceCase c = fx.open("SMART_KIDS");

        assertOpened(c, "SMART_KIDS", Role.OPERATOR);
        assertThat(c.items()).extracting(CaseItem::number, CaseItem::label, CaseItem::status)
                .containsExactly(tuple(1, "Ayu Lestari", ItemStatus.ACTIVE), tuple(2, "Bima Saputra", ItemStatus.ACTIVE));
        // 525 minutes (the sum of the steps) = 8h45 of office time: Tuesday 08:45
        assertThat(c.serviceDeadline()).contains(at(2026, 11, 24, 8, 45));

        new Walk(c).skipping("take_photos").toEnd();

        assertFinished(c);
        assertThat(executionsOf(c, "take_photos")).hasSize(2).allSatisfy(e -> {
            assertThat(e.outcome()).contains(StepOutcome.SKIPPED);
            assertThat(e.reason()).contains("Berkas sudah memuat pas foto");
        });
        for (String conditional : List.of("update_siak_data", "scan_photos")) {
            assertThat(step("SMART_KIDS", conditional).isConditional()).isTrue();
            assertThat(executionsOf(c, conditional)).as(conditional).hasSize(2)
                    .allSatisfy(e -> assertThat(e.outcome()).contains(StepOutcome.COMPLETED));
        }
        assertThat(executionsOf(c, "sign_kia")).extracting(e -> e.item().orElseThrow().number()).containsExactly(1, 2);
        assertThat(executionsOf(c, "hand_over_to_school")).singleElement()
                .satisfies(e -> assertThat(e.item()).isEmpty());
        assertThat(c.items()).allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemStatus.ACTIVE));
    }

    @Test
    void siJaranIjoStartsItsServiceClockAfterRecordingEveryTarget() {
        ServiceCase c = fx.open("SI_JARAN_IJO");

        assertOpened(c, "SI_JARAN_IJO", Role.VILLAGE);
        assertThat(c.institutionId()).contains(INSTITUTION);
        Walk walk = new Walk(c).through("travel_to_target");
        assertThat(c.currentStep()).contains("record_ktp_el");
        assertThat(c.serviceDeadline()).isEmpty();

        // recording takes place on Thursday 10 December 2026, 09:00
        fx.setNow(at(2026, 12, 10, 9, 0));
        for (StepExecution e : c.openExecutions()) {
            // 30 minutes per target, two targets
            assertThat(e.dueAt()).contains(at(2026, 11, 23, 9, 40));
        }
        walk.through("record_ktp_el");
        assertThat(c.serviceClockStartedAt()).contains(at(2026, 12, 10, 9, 0));
        // 14 working days after Thursday 10 December, skipping 24-25 December and 1 January 2027
        assertThat(c.serviceDeadline()).contains(at(2027, 1, 4, 16, 0));

        walk.toEnd();

        assertFinished(c);
        assertThat(executionsOf(c, "receive_reply_letter").get(0).actor()).contains("village");
    }

    @Test
    void siJaranIjoCanBeOpenedAtTheOfficeByAnOperatorForAWalkInRequest() {
        ServiceCase c = fx.open("SI_JARAN_IJO", actor(Role.OPERATOR));

        assertThat(c.openedBy()).isEqualTo("operator");
        assertThat(c.institutionId()).isEmpty();
        new Walk(c).as("submit_request", Role.OPERATOR).as("receive_reply_letter", Role.OPERATOR).toEnd();

        assertFinished(c);
    }

    // ------------------------------------------------------------------ helpers

    private void assertOpened(ServiceCase c, String code, Role opener) {
        SopDefinition sop = c.definition();
        assertThat(c.sopCode()).isEqualTo(code);
        assertThat(c.sopVersion()).isEqualTo(sop.version());
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.officeId()).isEqualTo(OFFICE);
        assertThat(c.openedAt()).isEqualTo(fx.now());
        assertThat(c.openedBy()).isEqualTo(opener.name().toLowerCase(Locale.ROOT));
        assertThat(sop.firstStep().isPerformableBy(opener)).isTrue();
        assertThat(c.currentStep()).contains(sop.firstStep().key());
        assertThat(c.executions()).singleElement().satisfies(e -> {
            assertThat(e.stepKey()).isEqualTo(sop.firstStep().key());
            assertThat(e.isOpen()).isTrue();
        });
        assertThat(c.closedAt()).isEmpty();
    }

    private void assertFinished(ServiceCase c) {
        assertThat(c.status()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(c.currentStep()).isEmpty();
        assertThat(c.currentStepDefinition()).isEmpty();
        assertThat(c.closedAt()).contains(fx.now().minus(STEP_PAUSE));
        assertThat(c.openExecutions()).isEmpty();
        for (StepDefinition step : c.definition().steps()) {
            assertThat(executionsOf(c, step.key())).as("executions of %s", step.key()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.finishedAt()).isPresent());
        }
        assertThat(c.serviceClockStartedAt()).isPresent();
        assertThat(c.serviceDeadline()).isPresent();
        assertThat(c.isOverdue(c.closedAt().orElseThrow())).isFalse();
    }

    /** The due time a step started at {@code start} must get, by its time standard. */
    private static Instant expectedDue(TimeStandard standard, Instant start, int items) {
        return switch (standard.unit()) {
            case MINUTES, HOURS -> CALENDAR.plusWorkingTime(start,
                    standard.duration().orElseThrow().multipliedBy(standard.isPerItem() ? items : 1));
            case WORKING_DAYS -> CALENDAR.deadlineInWorkingDays(start, standard.amount());
            case SAME_DAY -> CALENDAR.endOfWorkingDay(start);
            case OPEN -> null;
        };
    }

    /**
     * Works a case step by step, asserting that each current step is the next one of the
     * definition and that its executions started with their due time. Each step is completed by
     * its own role (or the one given with {@link #as}); conditional steps named with
     * {@link #skipping} are skipped.
     */
    private final class Walk {
        private final ServiceCase c;
        private final Iterator<StepDefinition> expected;
        private final Map<String, Role> roles = new HashMap<>();
        private final Set<String> skipped = new HashSet<>();

        Walk(ServiceCase c) {
            this.c = c;
            this.expected = c.definition().steps().iterator();
        }

        Walk as(String key, Role role) {
            assertThat(step(c.sopCode(), key).isPerformableBy(role)).as("%s may do %s", role, key).isTrue();
            roles.put(key, role);
            return this;
        }

        Walk skipping(String key) {
            assertThat(step(c.sopCode(), key).isConditional()).as("%s is conditional", key).isTrue();
            skipped.add(key);
            return this;
        }

        /** Works the current step and those after it, up to and including {@code last}. */
        Walk through(String last) {
            while (true) {
                String done = work();
                if (done.equals(last)) {
                    return this;
                }
                assertThat(c.status()).as("still open before %s", last).isEqualTo(CaseStatus.OPEN);
            }
        }

        Walk toEnd() {
            while (c.status() == CaseStatus.OPEN) {
                work();
            }
            assertThat(expected.hasNext()).as("steps left in the definition").isFalse();
            return this;
        }

        private String work() {
            StepDefinition step = current(c);
            assertThat(expected.hasNext()).as("a step after the last").isTrue();
            assertThat(step.key()).as("current step of %s", c.sopCode()).isEqualTo(expected.next().key());
            assertStarted(step);
            Role role = roles.getOrDefault(step.key(), step.role());
            Actor actor = actor(role);
            if (skipped.contains(step.key())) {
                c.skip(actor, "Berkas sudah memuat pas foto", fx.now());
            } else if (step.isPerItem()) {
                for (StepExecution e : c.openExecutions()) {
                    int item = e.item().orElseThrow().number();
                    fx.agreeWithSiak(c, step, actor, item);
                    c.completeItem(actor, item, tickAll(step), CaseFixtures.arrived(step), fx.now());
                }
            } else {
                fx.agreeWithSiak(c, step, actor, null);
                c.complete(actor, tickAll(step), CaseFixtures.arrived(step), fx.now());
            }
            assertThat(executionsOf(c, step.key())).allSatisfy(e -> {
                assertThat(e.isOpen()).isFalse();
                assertThat(e.finishedAt()).contains(fx.now());
                assertThat(e.actor()).contains(actor.username());
                assertThat(e.outcome()).contains(skipped.contains(step.key()) ? StepOutcome.SKIPPED
                        : step.approves() ? StepOutcome.APPROVED : StepOutcome.COMPLETED);
                assertThat(e.checklist()).isEqualTo(skipped.contains(step.key()) ? Set.of() : tickAll(step));
            });
            fx.advance(STEP_PAUSE);
            return step.key();
        }

        private void assertStarted(StepDefinition step) {
            List<StepExecution> open = c.openExecutions();
            List<CaseItem> active = c.items().stream().filter(CaseItem::isActive).toList();
            if (step.isPerItem()) {
                assertThat(open).extracting(e -> e.item().orElseThrow())
                        .as("one execution per active item of %s", step.key()).containsExactlyElementsOf(active);
            } else {
                assertThat(open).as("one execution of %s", step.key()).singleElement()
                        .satisfies(e -> assertThat(e.item()).isEmpty());
            }
            for (StepExecution e : open) {
                assertThat(e.stepKey()).isEqualTo(step.key());
                assertThat(e.stepNo()).isEqualTo(step.number());
                assertThat(e.performerRoles()).contains(step.role()).containsAll(step.alternativeRoles());
                assertThat(e.dueAt()).as("due time of %s (%s)", step.key(), step.standard())
                        .isEqualTo(Optional.ofNullable(expectedDue(step.standard(), e.startedAt(), active.size())));
                if (step.standard().isOpen()) {
                    assertThat(e.dueAt()).isEmpty();
                } else {
                    assertThat(e.dueAt()).hasValueSatisfying(due -> assertThat(due).isAfter(e.startedAt()));
                }
                assertThat(e.escalatedAt()).isEmpty();
            }
        }
    }
}

package id.lintas.domain.model.servicecase;

import static id.lintas.domain.model.servicecase.CaseFixtures.CALENDAR;
import static id.lintas.domain.model.servicecase.CaseFixtures.INSTITUTION;
import static id.lintas.domain.model.servicecase.CaseFixtures.OFFICE;
import static id.lintas.domain.model.servicecase.CaseFixtures.OTHER_INSTITUTION;
import static id.lintas.domain.model.servicecase.CaseFixtures.OTHER_OFFICE;
import static id.lintas.domain.model.servicecase.CaseFixtures.actor;
import static id.lintas.domain.model.servicecase.CaseFixtures.assertRefused;
import static id.lintas.domain.model.servicecase.CaseFixtures.current;
import static id.lintas.domain.model.servicecase.CaseFixtures.executionsOf;
import static id.lintas.domain.model.servicecase.CaseFixtures.sop;
import static id.lintas.domain.model.servicecase.CaseFixtures.tickAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.sop.SopDefinition;
import id.lintas.domain.model.sop.StepDefinition;
import id.lintas.domain.shared.BusinessException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a case refuses, each with its message key, and that a refused action leaves the case as
 * it was: same status, current step, executions, items and comments.
 */
class CaseRefusalsTest {
    private final CaseFixtures fx = new CaseFixtures();

    // ------------------------------------------------------------------ opening

    @Test
    void aCaseIsOpenedOnlyByARoleThatPerformsTheFirstStep() {
        SopDefinition selintas = sop("SELINTAS");
        BusinessException e = assertRefused(() -> ServiceCase.open(selintas, 100, CALENDAR, actor(Role.OPERATOR),
                fx.opening(selintas, List.of()), fx.now()), "case.open.wrongRole");
        // the opener's role, then the first step's: "... dimulai oleh HOSPITAL, bukan OPERATOR"
        assertThat(e.args()).containsExactly(selintas.title().id(), "OPERATOR", "HOSPITAL");
        assertThat(e.message(BusinessException.INDONESIAN)).endsWith("dimulai oleh HOSPITAL, bukan OPERATOR.");

        SopDefinition dik = sop("DIK_JAMILA_MEWA");
        for (Role role : List.of(Role.KASI, Role.KADIS, Role.HOSPITAL, Role.ADMIN)) {
            assertRefused(() -> fx.open("DIK_JAMILA_MEWA", actor(role)), "case.open.wrongRole");
        }
        assertThat(fx.open("DIK_JAMILA_MEWA", actor(Role.OPERATOR)).sopCode()).isEqualTo(dik.code());
    }

    @Test
    void aCaseIsOpenedOnlyForTheOpenersOffice() {
        SopDefinition dik = sop("DIK_JAMILA_MEWA");
        assertRefused(() -> ServiceCase.open(dik, 101, CALENDAR, actor(Role.OPERATOR, OTHER_OFFICE, null),
                fx.opening(dik, List.of()), fx.now()), "case.otherOffice");
    }

    @Test
    void anOutsideInstitutionOpensCasesOnlyForItself() {
        SopDefinition selintas = sop("SELINTAS");
        ServiceCase.Opening forAnother = new ServiceCase.Opening("SELINTAS/2026/9", OFFICE, OTHER_INSTITUTION,
                "Bayi Ny. Sari", List.of(), List.of());

        assertRefused(() -> ServiceCase.open(selintas, 100, CALENDAR, actor(Role.HOSPITAL), forAnother, fx.now()),
                "case.otherInstitution");

        ServiceCase.Opening forItself = new ServiceCase.Opening("SELINTAS/2026/10", OFFICE, INSTITUTION,
                "Bayi Ny. Sari", List.of(), List.of());
        assertThat(ServiceCase.open(selintas, 100, CALENDAR, actor(Role.HOSPITAL), forItself, fx.now())
                .institutionId()).contains(INSTITUTION);
    }

    @Test
    void anOfficeOperatorMayOpenACaseForAnInstitution() {
        SopDefinition sjij = sop("SI_JARAN_IJO");
        ServiceCase.Opening forVillage = new ServiceCase.Opening("SI_JARAN_IJO/2026/1", OFFICE, INSTITUTION,
                "Desa Sukamaju", List.of(), List.of(new ServiceCase.NewItem("Mbah Darmi", null)));

        ServiceCase c = ServiceCase.open(sjij, 104, CALENDAR, actor(Role.OPERATOR), forVillage, fx.now());

        assertThat(c.institutionId()).contains(INSTITUTION);
    }

    @Test
    void aCaseNeedsASubject() {
        SopDefinition dik = sop("DIK_JAMILA_MEWA");
        for (String subject : new String[] {null, " "}) {
            ServiceCase.Opening opening = new ServiceCase.Opening("DIK/2026/1", OFFICE, null, subject, List.of(), List.of());
            assertRefused(() -> ServiceCase.open(dik, 101, CALENDAR, actor(Role.OPERATOR), opening, fx.now()),
                    "case.subjectRequired");
        }
    }

    @Test
    void aPerItemSopIsNotOpenedWithoutItems() {
        for (String code : List.of("SMART_KIDS", "SI_JARAN_IJO")) {
            SopDefinition sop = sop(code);
            Actor opener = actor(sop.firstStep().role());
            for (List<ServiceCase.NewItem> items : Arrays.asList(List.<ServiceCase.NewItem>of(), null)) {
                assertRefused(() -> ServiceCase.open(sop, 103, CALENDAR, opener, fx.opening(sop, items), fx.now()),
                        "case.itemsRequired");
            }
        }
    }

    @Test
    void everyItemNeedsALabel() {
        SopDefinition smartKids = sop("SMART_KIDS");
        assertRefused(() -> ServiceCase.open(smartKids, 103, CALENDAR, actor(Role.OPERATOR),
                fx.opening(smartKids, List.of(new ServiceCase.NewItem(" ", null))), fx.now()), "case.item.labelRequired");
    }

    // ------------------------------------------------------------------ who may act

    @Test
    void aStepIsDoneOnlyByItsRoleOrAnAlternative() {
        ServiceCase c = fx.open("SELINTAS");
        StepDefinition first = current(c);

        BusinessException e = assertRefused(c, () -> c.complete(actor(Role.OPERATOR), tickAll(first), fx.now()),
                "step.wrongRole");
        assertThat(e.args()).containsExactly(first.activity().id(), "HOSPITAL", "OPERATOR");
        assertRefused(c, () -> c.returnTo(actor(Role.KADIS), null, "Salah", fx.now()), "step.wrongRole");
        assertRefused(c, () -> c.skip(actor(Role.COURIER), "Tidak perlu", fx.now()), "step.wrongRole");

        ServiceCase dik = fx.open("DIK_JAMILA_MEWA");
        fx.walkTo(dik, "kabid_verify");
        assertRefused(dik, () -> dik.complete(actor(Role.KASI), tickAll(current(dik)), fx.now()), "step.wrongRole");
        dik.complete(actor(Role.KABID_CAPIL), tickAll(current(dik)), fx.now());
        assertThat(dik.currentStep()).contains("kadis_sign");
    }

    @Test
    void aPerItemStepIsDoneOnlyByItsRole() {
        ServiceCase c = fx.open("SMART_KIDS");
        fx.walkTo(c, "sign_kia");
        assertRefused(c, () -> c.completeItem(actor(Role.OPERATOR), 1, tickAll(current(c)), fx.now()), "step.wrongRole");
        assertRefused(c, () -> c.returnItem(actor(Role.OPERATOR), 1, "collect_school_files", "Salah", fx.now()),
                "step.wrongRole");
    }

    @Test
    void aCaseOfAnotherOfficeIsRefused() {
        ServiceCase c = fx.open("DIK_JAMILA_MEWA");
        Actor stranger = actor(Role.OPERATOR, OTHER_OFFICE, null);
        Set<String> ticked = tickAll(current(c));

        assertRefused(c, () -> c.complete(stranger, ticked, fx.now()), "case.otherOffice");
        assertRefused(c, () -> c.skip(stranger, "Tidak perlu", fx.now()), "case.otherOffice");
        assertRefused(c, () -> c.comment(stranger, "Mohon dipercepat", fx.now()), "case.otherOffice");
        fx.walkTo(c, "check_against_siak");
        assertRefused(c, () -> c.returnTo(stranger, "check_completeness", "Salah", fx.now()), "case.otherOffice");
    }

    @Test
    void anExternalActorOfAnotherInstitutionIsRefused() {
        ServiceCase c = fx.open("SELINTAS");
        StepDefinition first = current(c);

        assertRefused(c, () -> c.complete(actor(Role.HOSPITAL, OFFICE, OTHER_INSTITUTION), tickAll(first), fx.now()),
                "case.otherInstitution");
        assertRefused(c, () -> c.complete(actor(Role.HOSPITAL, OFFICE, null), tickAll(first), fx.now()),
                "case.otherInstitution");

        // the courier serves every case of its office, whichever courier service employs it
        fx.walkTo(c, "courier_pickup");
        c.complete(actor(Role.COURIER, OFFICE, OTHER_INSTITUTION), tickAll(current(c)), fx.now());
        assertThat(c.currentStep()).contains("register_at_office");
    }

    @Test
    void aCaseOpenedAtTheOfficeRefusesExternalActors() {
        ServiceCase c = fx.open("SI_JARAN_IJO", actor(Role.OPERATOR));
        assertThat(c.institutionId()).isEmpty();
        assertRefused(c, () -> c.complete(actor(Role.VILLAGE), tickAll(current(c)), fx.now()), "case.otherInstitution");
        fx.completeCurrent(c, Role.OPERATOR);
        fx.walkTo(c, "receive_reply_letter");

        assertRefused(c, () -> c.complete(actor(Role.VILLAGE), tickAll(current(c)), fx.now()), "case.otherInstitution");
    }

    @Test
    void aCaseWithStepsOnlyAnInstitutionPerformsNeedsThatInstitution() {
        // SMART KIDS opened at the office without naming the school: no school could collect the files
        ServiceCase.Opening withoutSchool = new ServiceCase.Opening("3316-SMART_KIDS-X", OFFICE, null, "SDN 2 Blora",
                java.util.List.of(), java.util.List.of(new ServiceCase.NewItem("Andi", null)));
        var sop = CaseFixtures.sop("SMART_KIDS");
        BusinessException e = org.junit.jupiter.api.Assertions.assertThrows(BusinessException.class,
                () -> ServiceCase.open(sop, 1, CaseFixtures.CALENDAR, actor(Role.OPERATOR), withoutSchool, fx.now()));
        assertThat(e.key()).isEqualTo("case.institutionRequired");
    }

    @Test
    void aFinishedCaseCannotMove() {
        ServiceCase c = fx.open("DIK_JAMILA_MEWA");
        fx.walkToEnd(c);
        StepDefinition last = c.definition().lastStep();

        BusinessException e = assertRefused(c, () -> c.complete(actor(Role.OPERATOR), tickAll(last), fx.now()),
                "case.finished");
        assertThat(e.args()).containsExactly(c.caseNumber());
        assertRefused(c, () -> c.returnTo(actor(Role.OPERATOR), "check_completeness", "Salah", fx.now()), "case.finished");
        assertRefused(c, () -> c.skip(actor(Role.OPERATOR), "Tidak perlu", fx.now()), "case.finished");

        ServiceCase kids = fx.open("SMART_KIDS");
        fx.walkToEnd(kids);
        assertRefused(kids, () -> kids.completeItem(actor(Role.OPERATOR), 1, Set.of(), fx.now()), "case.finished");
        assertRefused(kids, () -> kids.returnItem(actor(Role.OPERATOR), 1, "collect_school_files", "Salah", fx.now()),
                "case.finished");
    }

    // ------------------------------------------------------------------ checklist

    @Test
    void theWholeChecklistMustBeTicked() {
        ServiceCase c = fx.open("SELINTAS");
        fx.walkTo(c, "verify_file");
        StepDefinition step = current(c);
        Set<String> missingOne = new HashSet<>(tickAll(step));
        missingOne.remove("birth_letter");

        BusinessException e = assertRefused(c, () -> c.complete(actor(Role.OPERATOR), missingOne, fx.now()),
                "step.checklistIncomplete");
        assertThat(e.args()[0]).isEqualTo(step.checklist().stream().filter(i -> i.key().equals("birth_letter"))
                .findFirst().orElseThrow().text().id());
        assertRefused(c, () -> c.complete(actor(Role.OPERATOR), Set.of(), fx.now()), "step.checklistIncomplete");
        assertRefused(c, () -> c.complete(actor(Role.OPERATOR), null, fx.now()), "step.checklistIncomplete");
    }

    @Test
    void anUnknownChecklistKeyIsRefused() {
        ServiceCase c = fx.open("SELINTAS");
        Set<String> withUnknown = new HashSet<>(tickAll(current(c)));
        withUnknown.add("photo_of_baby");

        BusinessException e = assertRefused(c, () -> c.complete(actor(Role.HOSPITAL), withUnknown, fx.now()),
                "step.checklistUnknown");
        assertThat(e.args()).containsExactly("photo_of_baby");
    }

    @Test
    void aPerItemStepNeedsTheWholeChecklistForEachItem() {
        ServiceCase c = fx.open("SMART_KIDS");
        fx.walkTo(c, "verify_siak_data");

        assertRefused(c, () -> c.completeItem(actor(Role.OPERATOR), 1, Set.of("siak"), fx.now()),
                "step.checklistIncomplete");
        Set<String> withUnknown = new HashSet<>(tickAll(current(c)));
        withUnknown.add("kk");
        assertRefused(c, () -> c.completeItem(actor(Role.OPERATOR), 2, withUnknown, fx.now()), "step.checklistUnknown");
    }

    // ------------------------------------------------------------------ returns

    @Test
    void aReturnNeedsAReason() {
        ServiceCase c = fx.open("DIK_JAMILA_MEWA");
        fx.walkTo(c, "check_against_siak");

        for (String reason : new String[] {null, "", "   "}) {
            assertRefused(c, () -> c.returnTo(actor(Role.OPERATOR), "check_completeness", reason, fx.now()),
                    "step.returnReasonRequired");
        }

        ServiceCase kids = fx.open("SMART_KIDS");
        fx.walkTo(kids, "check_birth_certificate");
        assertRefused(kids, () -> kids.returnItem(actor(Role.OPERATOR), 1, "collect_school_files", " ", fx.now()),
                "step.returnReasonRequired");
    }

    @Test
    void aReturnGoesOnlyWhereTheSopSays() {
        ServiceCase c = fx.open("DIK_JAMILA_MEWA");
        fx.walkTo(c, "kasi_check");
        Actor kasi = actor(Role.KASI);

        // an earlier step the SOP does not name, a later step, an unknown step
        BusinessException e = assertRefused(c, () -> c.returnTo(kasi, "check_completeness", "Salah", fx.now()),
                "step.returnNotAllowed");
        assertThat(e.args()).containsExactly(current(c).activity().id(), "check_completeness");
        assertRefused(c, () -> c.returnTo(kasi, "kadis_sign", "Salah", fx.now()), "step.returnNotAllowed");
        assertRefused(c, () -> c.returnTo(kasi, "no_such_step", "Salah", fx.now()), "step.returnNotAllowed");

        // a step without any return branch
        ServiceCase selintas = fx.open("SELINTAS");
        fx.walkTo(selintas, "verify_file");
        assertRefused(selintas, () -> selintas.returnTo(actor(Role.OPERATOR), "register_at_office", "Salah", fx.now()),
                "step.returnNotAllowed");
        assertRefused(selintas, () -> selintas.returnTo(actor(Role.OPERATOR), null, "Salah", fx.now()),
                "step.returnNotAllowed");
    }

    @Test
    void anItemReturnGoesOnlyWhereTheSopSaysAndOnlyFromAPerItemStep() {
        ServiceCase kids = fx.open("SMART_KIDS");
        fx.walkTo(kids, "verify_siak_data");
        assertRefused(kids, () -> kids.returnItem(actor(Role.OPERATOR), 1, "collect_school_files", "Salah", fx.now()),
                "step.returnNotAllowed");

        ServiceCase dik = fx.open("DIK_JAMILA_MEWA");
        fx.walkTo(dik, "check_against_siak");
        assertRefused(dik, () -> dik.returnItem(actor(Role.OPERATOR), 1, "check_completeness", "Salah", fx.now()),
                "step.notPerItem");
    }

    // ------------------------------------------------------------------ per-item and conditional steps

    @Test
    void aPerItemStepIsCompletedItemByItem() {
        ServiceCase c = fx.open("SMART_KIDS");
        fx.walkTo(c, "check_birth_certificate");

        BusinessException e = assertRefused(c, () -> c.complete(actor(Role.OPERATOR), tickAll(current(c)), fx.now()),
                "step.perItem");
        assertThat(e.args()).containsExactly(current(c).activity().id());
    }

    @Test
    void onlyAWaitingItemCanBeCompleted() {
        ServiceCase c = fx.open("SMART_KIDS");
        fx.walkTo(c, "check_birth_certificate");
        Set<String> ticked = tickAll(current(c));
        c.completeItem(actor(Role.OPERATOR), 1, ticked, fx.now());

        assertRefused(c, () -> c.completeItem(actor(Role.OPERATOR), 1, ticked, fx.now()), "case.itemNotWaiting");
        assertRefused(c, () -> c.completeItem(actor(Role.OPERATOR), 3, ticked, fx.now()), "case.itemNotWaiting");
        assertRefused(c, () -> c.returnItem(actor(Role.OPERATOR), 1, "collect_school_files", "Salah", fx.now()),
                "case.itemNotWaiting");
    }

    @Test
    void aWholeCaseStepIsNotCompletedPerItem() {
        ServiceCase c = fx.open("SMART_KIDS");
        assertRefused(c, () -> c.completeItem(actor(Role.OPERATOR), 1, tickAll(current(c)), fx.now()), "step.notPerItem");
    }

    @Test
    void onlyAConditionalStepCanBeSkipped() {
        ServiceCase c = fx.open("SELINTAS");
        BusinessException e = assertRefused(c, () -> c.skip(actor(Role.HOSPITAL), "Sudah lengkap", fx.now()),
                "step.notConditional");
        assertThat(e.args()).containsExactly(current(c).activity().id());

        ServiceCase kids = fx.open("SMART_KIDS");
        fx.walkTo(kids, "check_birth_certificate");
        assertRefused(kids, () -> kids.skip(actor(Role.OPERATOR), "Sudah lengkap", fx.now()), "step.notConditional");
    }

    @Test
    void aSkipNeedsAReason() {
        ServiceCase c = fx.open("SMART_KIDS");
        fx.walkTo(c, "take_photos");
        assertThat(current(c).isConditional()).isTrue();

        for (String reason : new String[] {null, "", "  "}) {
            assertRefused(c, () -> c.skip(actor(Role.OPERATOR), reason, fx.now()), "step.skipReasonRequired");
        }
        c.skip(actor(Role.OPERATOR), " Pas foto sudah ada ", fx.now());
        assertThat(c.currentStep()).contains("check_birth_certificate");
        assertThat(executionsOf(c, "take_photos"))
                .allSatisfy(x -> assertThat(x.reason()).contains("Pas foto sudah ada"));
    }

    // ------------------------------------------------------------------ comments

    @Test
    void aCommentMustSaySomething() {
        ServiceCase c = fx.open("DIK_JAMILA_MEWA");
        for (String text : new String[] {null, "", " \n "}) {
            assertRefused(c, () -> c.comment(actor(Role.KASI), text, fx.now()), "case.commentEmpty");
        }
    }

    @Test
    void anyoneOfTheOfficeMayCommentOnTheCurrentStepOrOnAFinishedCase() {
        ServiceCase c = fx.open("DIK_JAMILA_MEWA");
        c.comment(actor(Role.KADIS), " Mohon diprioritaskan ", fx.now());
        fx.walkToEnd(c);
        c.comment(actor(Role.OPERATOR), "Dokumen sudah diambil pemohon", fx.now());

        assertThat(c.comments()).extracting(CaseComment::stepKey, CaseComment::author, CaseComment::role, CaseComment::text)
                .containsExactly(
                        tuple("check_completeness", "kadis", Role.KADIS, "Mohon diprioritaskan"),
                        tuple(null, "operator", Role.OPERATOR, "Dokumen sudah diambil pemohon"));
    }
}

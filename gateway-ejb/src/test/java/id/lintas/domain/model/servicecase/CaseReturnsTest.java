package id.lintas.domain.model.servicecase;

import static id.lintas.domain.model.servicecase.CaseFixtures.actor;
import static id.lintas.domain.model.servicecase.CaseFixtures.current;
import static id.lintas.domain.model.servicecase.CaseFixtures.executionsOf;
import static id.lintas.domain.model.servicecase.CaseFixtures.tickAll;
import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.sop.ReturnBranch;
import id.lintas.domain.model.sop.SopDefinition;
import id.lintas.domain.model.sop.StepDefinition;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every return branch of every shipped SOP: the case goes back to the named step with the
 * reason recorded, and can walk forward again. Per-item steps return item by item.
 */
class CaseReturnsTest {
    private static final String REASON = "Fotokopi KK tidak terbaca";

    private final CaseFixtures fx = new CaseFixtures();

    /** (SOP code, step key, return target) for every return branch of every definition. */
    static Stream<Arguments> returnBranches() {
        return CaseFixtures.definitions().stream().flatMap(sop -> sop.steps().stream()
                .flatMap(step -> step.returns().stream().map(branch -> Arguments.of(sop.code(), step.key(), branch.to()))));
    }

    @Test
    void theShippedDefinitionsHaveTheseReturnBranches() {
        assertThat(returnBranches().map(a -> a.get()[0] + " " + a.get()[1] + " -> " + a.get()[2])).containsExactly(
                "DIK_JAMILA_MEWA check_against_siak -> check_completeness",
                "DIK_JAMILA_MEWA kasi_check -> enter_in_siak",
                "DIK_JAMILA_MEWA kabid_verify -> kasi_check",
                "LANDA_MEWA check_requirements -> scan_documents",
                "SMART_KIDS check_birth_certificate -> collect_school_files");
    }

    @ParameterizedTest(name = "{0}: {1} returns to {2}")
    @MethodSource("returnBranches")
    void everyReturnBranchSendsTheCaseBackWithItsReasonAndItWalksForwardAgain(String code, String stepKey, String target) {
        ServiceCase c = fx.open(code);
        fx.walkTo(c, stepKey);
        fx.advance(Duration.ofMinutes(10));
        StepDefinition step = current(c);
        Actor actor = actor(step.role());

        if (step.isPerItem()) {
            for (StepExecution waiting : c.openExecutions()) {
                c.returnItem(actor, waiting.item().orElseThrow().number(), target, REASON, fx.now());
            }
        } else {
            c.returnTo(actor, target, "  " + REASON + " ", fx.now());
        }

        assertReturned(c, stepKey, target, actor);
        assertThat(c.items()).allSatisfy(i -> assertThat(i.isActive()).isTrue());

        fx.walkTo(c, stepKey);
        assertThat(c.currentStep()).contains(stepKey);
        assertThat(c.openExecutions()).allSatisfy(e -> assertThat(e.stepKey()).isEqualTo(stepKey));
        fx.walkToEnd(c);
        assertThat(c.status()).isEqualTo(CaseStatus.COMPLETED);
    }

    @Test
    void aReturnWithoutTargetTakesTheStepsOnlyBranch() {
        ServiceCase c = fx.open("DIK_JAMILA_MEWA");
        fx.walkTo(c, "kasi_check");

        c.returnTo(actor(Role.KASI), null, REASON, fx.now());

        assertThat(c.currentStep()).contains("enter_in_siak");
    }

    @Test
    void anAlternativeRoleMayReturnTheStep() {
        ServiceCase c = fx.open("DIK_JAMILA_MEWA");
        fx.walkTo(c, "kabid_verify");

        c.returnTo(actor(Role.KABID_CAPIL), "kasi_check", REASON, fx.now());

        assertThat(c.currentStep()).contains("kasi_check");
        assertThat(executionsOf(c, "kabid_verify").get(0).actor()).contains("kabid_capil");
    }

    @Test
    void aCaseCanBeReturnedSeveralTimesAndKeepsEveryExecution() {
        ServiceCase c = fx.open("DIK_JAMILA_MEWA");
        fx.walkTo(c, "kabid_verify");
        c.returnTo(actor(Role.KABID_DAFDUK), "kasi_check", "Tanda tangan kurang", fx.now());
        c.returnTo(actor(Role.KASI), "enter_in_siak", "Nama ayah salah ketik", fx.now());
        fx.walkTo(c, "kabid_verify");
        fx.walkToEnd(c);

        assertThat(c.executions()).extracting(StepExecution::stepKey).containsExactly("check_completeness",
                "check_against_siak", "enter_in_siak", "kasi_check", "kabid_verify", "kasi_check", "enter_in_siak",
                "kasi_check", "kabid_verify", "kadis_sign", "print_or_download", "hand_over");
        assertThat(c.executions()).filteredOn(e -> e.outcome().orElseThrow() == StepOutcome.RETURNED)
                .extracting(e -> e.reason().orElseThrow()).containsExactly("Tanda tangan kurang", "Nama ayah salah ketik");
    }

    @Test
    void landaMewaReturnedFromCheckingRequirementsDoesNotStartTheServiceClock() {
        ServiceCase c = fx.open("LANDA_MEWA");
        fx.walkTo(c, "check_requirements");

        c.returnTo(actor(Role.OPERATOR), "scan_documents", "Akta perkawinan orang tua belum dilampirkan", fx.now());

        assertThat(c.serviceClockStartedAt()).isEmpty();
        assertThat(c.serviceDeadline()).isEmpty();
        fx.walkTo(c, "check_requirements");
        fx.advance(Duration.ofHours(1));
        fx.completeCurrent(c);
        assertThat(c.serviceClockStartedAt()).contains(fx.now());
        assertThat(c.serviceDeadline()).isPresent();
    }

    // ------------------------------------------------------------------ per-item returns (SMART KIDS)

    @Test
    void returningOneStudentSetsItAsideWhileTheOthersContinue() {
        ServiceCase c = fx.open("SMART_KIDS");
        fx.walkTo(c, "check_birth_certificate");
        Actor operator = actor(Role.OPERATOR);

        c.returnItem(operator, 1, "collect_school_files", "Akta kelahiran belum ada", fx.now());

        CaseItem ayu = c.items().get(0);
        assertThat(ayu.status()).isEqualTo(ItemStatus.RETURNED);
        assertThat(ayu.isActive()).isFalse();
        assertThat(ayu.note()).contains("Akta kelahiran belum ada");
        assertThat(c.items().get(1).status()).isEqualTo(ItemStatus.ACTIVE);
        assertThat(c.currentStep()).contains("check_birth_certificate");
        assertThat(c.openExecutions()).singleElement()
                .satisfies(e -> assertThat(e.item().orElseThrow().number()).isEqualTo(2));
        assertThat(executionsOf(c, "check_birth_certificate")).filteredOn(e -> e.item().orElseThrow().number() == 1)
                .singleElement().satisfies(e -> {
                    assertThat(e.outcome()).contains(StepOutcome.RETURNED);
                    assertThat(e.reason()).contains("Akta kelahiran belum ada");
                });

        c.completeItem(operator, 2, tickAll(current(c)), fx.now());

        assertThat(c.currentStep()).contains("verify_siak_data");
        assertThat(c.openExecutions()).singleElement()
                .satisfies(e -> assertThat(e.item().orElseThrow().number()).isEqualTo(2));
        fx.walkToEnd(c);
        assertThat(c.status()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(c.executions()).filteredOn(e -> e.item().map(i -> i.number() == 1).orElse(false))
                .extracting(StepExecution::stepKey).containsExactly("take_photos", "check_birth_certificate");
        assertThat(ayu.status()).isEqualTo(ItemStatus.RETURNED);
    }

    @Test
    void returningTheLastWaitingStudentAfterOthersPassedMovesTheCaseOn() {
        ServiceCase c = fx.open("SMART_KIDS");
        fx.walkTo(c, "check_birth_certificate");
        Actor operator = actor(Role.OPERATOR);

        c.completeItem(operator, 1, tickAll(current(c)), fx.now());
        c.returnItem(operator, 2, "collect_school_files", "Akta kelahiran belum ada", fx.now());

        assertThat(c.currentStep()).contains("verify_siak_data");
        assertThat(c.items()).extracting(CaseItem::status).containsExactly(ItemStatus.ACTIVE, ItemStatus.RETURNED);
        assertThat(c.openExecutions()).extracting(e -> e.item().orElseThrow().number()).containsExactly(1);
    }

    @Test
    void returningEveryStudentSendsTheCaseBackWithAllStudentsActiveAgain() {
        ServiceCase c = fx.open("SMART_KIDS");
        fx.walkTo(c, "check_birth_certificate");
        Actor operator = actor(Role.OPERATOR);

        c.returnItem(operator, 2, "collect_school_files", "Akta kelahiran belum ada", fx.now());
        assertThat(c.currentStep()).contains("check_birth_certificate");
        c.returnItem(operator, 1, "collect_school_files", "Akta kelahiran rusak", fx.now());

        assertThat(c.currentStep()).contains("collect_school_files");
        assertThat(c.items()).allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemStatus.ACTIVE));
        assertThat(c.openExecutions()).singleElement().satisfies(e -> {
            assertThat(e.stepKey()).isEqualTo("collect_school_files");
            assertThat(e.item()).isEmpty();
        });
        fx.walkTo(c, "take_photos");
        assertThat(c.openExecutions()).extracting(e -> e.item().orElseThrow().number()).containsExactly(1, 2);
    }

    @Test
    void aWholeCaseReturnFromAPerItemStepReturnsEveryWaitingItem() {
        ServiceCase c = fx.open("SMART_KIDS");
        fx.walkTo(c, "check_birth_certificate");

        c.returnTo(actor(Role.OPERATOR), "collect_school_files", "Daftar siswa tidak ditandatangani", fx.now());

        assertThat(c.currentStep()).contains("collect_school_files");
        assertThat(executionsOf(c, "check_birth_certificate")).hasSize(2).allSatisfy(e -> {
            assertThat(e.outcome()).contains(StepOutcome.RETURNED);
            assertThat(e.reason()).contains("Daftar siswa tidak ditandatangani");
        });
        assertThat(c.items()).allSatisfy(i -> assertThat(i.isActive()).isTrue());
    }

    // ------------------------------------------------------------------ helpers

    private void assertReturned(ServiceCase c, String stepKey, String target, Actor actor) {
        SopDefinition sop = c.definition();
        assertThat(sop.isBefore(sop.step(target).orElseThrow(), sop.step(stepKey).orElseThrow())).isTrue();
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.currentStep()).contains(target);
        List<StepExecution> returned = executionsOf(c, stepKey);
        assertThat(returned).isNotEmpty().allSatisfy(e -> {
            assertThat(e.outcome()).contains(StepOutcome.RETURNED);
            assertThat(e.reason()).contains(REASON);
            assertThat(e.actor()).contains(actor.username());
            assertThat(e.finishedAt()).contains(fx.now());
            assertThat(e.checklist()).isEmpty();
        });
        List<StepExecution> targets = executionsOf(c, target);
        assertThat(targets).hasSize(2);
        assertThat(targets.get(0).outcome()).contains(StepOutcome.COMPLETED);
        assertThat(targets.get(1).isOpen()).isTrue();
        assertThat(targets.get(1).startedAt()).isEqualTo(fx.now());
        assertThat(c.openExecutions()).containsExactly(targets.get(1));
        assertThat(sop.step(stepKey).orElseThrow().returns()).extracting(ReturnBranch::to).contains(target);
    }
}

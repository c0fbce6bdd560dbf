package id.lintas.domain.model.servicecase;

import static id.lintas.domain.model.servicecase.CaseFixtures.actor;
import static id.lintas.domain.model.servicecase.CaseFixtures.assertRefused;
import static id.lintas.domain.model.servicecase.CaseFixtures.current;
import static id.lintas.domain.model.servicecase.CaseFixtures.executionsOf;
import static id.lintas.domain.model.servicecase.CaseFixtures.tickAll;
import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.sop.Awaited;
import id.lintas.domain.shared.BusinessException;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SELINTAS's office steps as its definition declares them: the KIA waits for SIAK's numbers, the kadis approves. */
class CaseOfficeStepsTest {
    private final CaseFixtures fx = new CaseFixtures();

    @Test
    void printingTheKiaWaitsForSiaksNumbers() {
        ServiceCase c = fx.open("SELINTAS");
        fx.walkTo(c, "print_kia");
        Actor operator = actor(Role.OPERATOR);

        BusinessException refused = assertRefused(c, () -> c.complete(operator, tickAll(current(c)), fx.now()),
                "step.awaits.SIAK_NUMBERS");
        assertThat(refused.message(BusinessException.INDONESIAN)).startsWith("Nomor dari SIAK belum terbit").contains("Mencetak KIA");
        assertThat(refused.message(Locale.ENGLISH)).startsWith("SIAK has not issued the numbers yet");
        assertRefused(c, () -> c.complete(operator, tickAll(current(c)), Set.of(), fx.now()), "step.awaits.SIAK_NUMBERS");

        c.complete(operator, tickAll(current(c)), Set.of(Awaited.SIAK_NUMBERS), fx.now());
        assertThat(c.currentStep()).contains("verify_documents");
        assertThat(executionsOf(c, "print_kia")).singleElement()
                .satisfies(e -> assertThat(e.outcome()).contains(StepOutcome.COMPLETED));
    }

    @Test
    void stepsThatAwaitNothingIgnoreWhatArrived() {
        ServiceCase c = fx.open("SELINTAS");
        fx.walkTo(c, "enter_birth_certificate_form");
        c.complete(actor(Role.OPERATOR), tickAll(current(c)), fx.now());
        assertThat(c.currentStep()).contains("print_kia");
    }

    @Test
    void theKadissSigningIsRecordedAsHisApproval() {
        ServiceCase c = fx.open("SELINTAS");
        fx.walkTo(c, "sign_documents");
        assertRefused(c, () -> c.complete(actor(Role.KABID_DAFDUK), tickAll(current(c)), fx.now()), "step.wrongRole");
        assertRefused(c, () -> c.complete(actor(Role.KADIS), tickAll(current(c)), Set.of(), fx.now()),
                "step.awaits.SIGNATURES"); // the documents' signatures (TTE) complete it
        c.complete(actor(Role.KADIS), tickAll(current(c)), Set.of(Awaited.SIGNATURES), fx.now());
        assertThat(executionsOf(c, "sign_documents")).singleElement().satisfies(e -> {
            assertThat(e.outcome()).contains(StepOutcome.APPROVED);
            assertThat(e.actor()).contains("kadis");
            assertThat(e.finishedAt()).contains(fx.now());
        });
        assertThat(executionsOf(c, "validate_documents")).singleElement()
                .satisfies(e -> assertThat(e.outcome()).as("validating is no approval").contains(StepOutcome.COMPLETED));
        assertThat(c.currentStep()).contains("hand_over_archive");
    }

    @Test
    void aWholeSelintasCaseRunsToTheEndOnceSiakHasNumberedIt() {
        ServiceCase c = fx.open("SELINTAS");
        fx.walkToEnd(c);
        assertThat(c.status()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(c.executions()).extracting(e -> e.outcome().orElseThrow())
                .containsOnly(StepOutcome.COMPLETED, StepOutcome.APPROVED);
    }
}

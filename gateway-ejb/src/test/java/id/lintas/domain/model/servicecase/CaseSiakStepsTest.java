package id.lintas.domain.model.servicecase;

import static id.lintas.domain.model.servicecase.CaseFixtures.actor;
import static id.lintas.domain.model.servicecase.CaseFixtures.comparison;
import static id.lintas.domain.model.servicecase.CaseFixtures.tickAll;
import static id.lintas.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.sop.StepDefinition;
import org.junit.jupiter.api.Test;

/** Steps that compare with SIAK pass on SIAK's evidence, kept on the case. */
class CaseSiakStepsTest {
    private final CaseFixtures fx = new CaseFixtures();

    private StepDefinition current(ServiceCase c) {
        return c.currentStepDefinition().orElseThrow();
    }

    @Test
    void aComparisonStepNeedsSiaksAgreementAtItsCurrentVisit() {
        ServiceCase c = fx.open("DIK_JAMILA_MEWA");
        fx.walkTo(c, "check_against_siak");
        Actor operator = actor(Role.OPERATOR);
        StepDefinition step = current(c);

        assertRefused(() -> c.complete(operator, tickAll(step), fx.now()), "step.siakComparisonRequired");
        c.recordComparison(operator, null, comparison(false), fx.now());
        assertRefused(() -> c.complete(operator, tickAll(step), fx.now()), "step.siakMismatch");
        assertThat(c.latestComparison("check_against_siak", null)).hasValueSatisfying(e -> {
            assertThat(e.allMatch()).isFalse();
            assertThat(e.fields()).extracting(f -> f.field() + "=" + f.registered()).contains("NAMA_LGKP=SITI AMINA");
            assertThat(e.comparedBy()).isEqualTo(operator.username());
        });

        // the SOP sends a mismatch back to the service officer; the next visit needs a new comparison
        c.returnTo(operator, "check_completeness", "Nama tidak sesuai SIAK", fx.now());
        fx.completeCurrent(c, Role.OPERATOR);
        assertThat(c.currentStep()).contains("check_against_siak");
        assertThat(c.latestComparison("check_against_siak", null)).isEmpty();
        assertRefused(() -> c.complete(operator, tickAll(step), fx.now()), "step.siakComparisonRequired");

        c.recordComparison(operator, null, comparison(true), fx.now());
        c.complete(operator, tickAll(step), fx.now());
        assertThat(c.currentStep()).contains("enter_in_siak");
        assertThat(c.comparisons()).hasSize(2);
    }

    @Test
    void onlyAComparisonStepTakesSiaksAnswer() {
        ServiceCase c = fx.open("DIK_JAMILA_MEWA");
        assertRefused(() -> c.recordComparison(actor(Role.OPERATOR), null, comparison(true), fx.now()), "step.notSiakCompare");
        fx.walkTo(c, "check_against_siak");
        assertRefused(() -> c.recordComparison(actor(Role.KASI), null, comparison(true), fx.now()), "step.wrongRole");
    }

    @Test
    void smartKidsGoesOnToUpdateSiakWhenAStudentDiffers() {
        ServiceCase c = fx.open("SMART_KIDS");
        fx.walkTo(c, "verify_siak_data");
        Actor operator = actor(Role.OPERATOR);
        StepDefinition step = current(c);
        int first = c.openExecutions().get(0).item().orElseThrow().number();
        assertRefused(() -> c.completeItem(operator, first, tickAll(step), fx.now()), "step.siakComparisonRequired");
        c.recordComparison(operator, first, comparison(false), fx.now());
        c.completeItem(operator, first, tickAll(step), fx.now());
        assertThat(c.latestComparison("verify_siak_data", first)).isEmpty(); // its execution is done
        assertThat(c.comparisons()).singleElement().satisfies(e -> assertThat(e.itemNo()).isEqualTo(first));
    }
}

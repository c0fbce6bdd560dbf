package id.lintas.domain.model.sop;

import static id.lintas.domain.model.sop.SopFixtures.returnTo;
import static id.lintas.domain.model.sop.SopFixtures.sop;
import static id.lintas.domain.model.sop.SopFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.model.identity.Role;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SopDefinitionTest {
    private final StepDefinition check = step("check", 1, Role.OPERATOR).next("enter").build();
    private final StepDefinition enter = step("enter", 2, Role.OPERATOR).next("approve").build();
    private final StepDefinition approve = step("approve", 3, Role.KASI).returnTo(returnTo("enter")).build();

    @Test
    void walksFromTheFirstToTheLastStep() {
        SopDefinition definition = sop(check, enter, approve).build();
        assertThat(definition.firstStep()).isEqualTo(check);
        assertThat(definition.next(check)).contains(enter);
        assertThat(definition.next(enter)).contains(approve);
        assertThat(definition.next(approve)).isEmpty();
        assertThat(definition.lastStep()).isEqualTo(approve);
        assertThat(definition.step("enter")).contains(enter);
        assertThat(definition.step("nothing")).isEmpty();
        assertThat(definition.isBefore(check, approve)).isTrue();
        assertThat(definition.version()).isEqualTo(1);
    }

    @Test
    void nextRefusesAStepOfAnotherSop() {
        SopDefinition definition = sop(check, enter, approve).build();
        StepDefinition stranger = step("check", 1, Role.KADIS).next("enter").build();
        assertThatThrownBy(() -> definition.next(stranger)).hasMessageContaining("not a step of this SOP");
    }

    @Test
    void refusesAnUnknownNext() {
        StepDefinition lost = step("enter", 2, Role.OPERATOR).next("aprove").build();
        assertThatThrownBy(() -> sop(check, lost, approve).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SOP TEST_SOP, step 'enter': next 'aprove' is not a step of this SOP");
    }

    @Test
    void refusesAReturnForwardOrToItselfOrNowhere() {
        StepDefinition forward = step("check", 1, Role.OPERATOR).next("enter").returnTo(returnTo("approve")).build();
        assertThatThrownBy(() -> sop(forward, enter, approve).build())
                .hasMessageContaining("step 'check': return to 'approve' must go to an earlier step");
        StepDefinition itself = step("approve", 3, Role.KASI).returnTo(returnTo("approve")).build();
        assertThatThrownBy(() -> sop(check, enter, itself).build()).hasMessageContaining("earlier step");
        StepDefinition nowhere = step("approve", 3, Role.KASI).returnTo(returnTo("entry")).build();
        assertThatThrownBy(() -> sop(check, enter, nowhere).build())
                .hasMessageContaining("return to 'entry' is not a step of this SOP");
    }

    @Test
    void refusesADuplicateKey() {
        StepDefinition again = step("check", 2, Role.OPERATOR).next("approve").build();
        StepDefinition first = step("check", 1, Role.OPERATOR).next("approve").build();
        assertThatThrownBy(() -> sop(first, again, approve).build())
                .hasMessageContaining("step 'check': duplicate step key (steps 1 and 2)");
    }

    @Test
    void exactlyOneStepHasNoNextAndItIsTheLast() {
        StepDefinition stop = step("enter", 2, Role.OPERATOR).build();
        assertThatThrownBy(() -> sop(check, stop, approve).build())
                .hasMessageContaining("exactly one step must have no next, found [enter, approve]");
        StepDefinition early = step("check", 1, Role.OPERATOR).build();
        StepDefinition late = step("approve", 3, Role.KASI).next("check").build();
        assertThatThrownBy(() -> sop(early, enter, late).build())
                .hasMessageContaining("the last step must have no next");
    }

    @Test
    void refusesACycle() {
        StepDefinition loop = step("enter", 2, Role.OPERATOR).next("check").build();
        StepDefinition end = step("end", 3, Role.KASI).build();
        assertThatThrownBy(() -> sop(check, loop, end).build())
                .hasMessageContaining("next forms a cycle: check -> enter -> check");
    }

    @Test
    void nextIsTheStepListedAfter() {
        StepDefinition skip = step("check", 1, Role.OPERATOR).next("approve").build();
        StepDefinition enterThenApprove = step("enter", 2, Role.OPERATOR).next("approve").build();
        assertThatThrownBy(() -> sop(skip, enterThenApprove, approve).build())
                .hasMessageContaining("step 'check': next must be the step listed after it ('enter'), not 'approve'");
    }

    @Test
    void refusesNoSteps() {
        assertThatThrownBy(() -> sop().build()).hasMessageContaining("at least one step");
    }

    @Test
    void aSummedServiceTimeMustBeTheSumOfTheSteps() {
        ServiceStandard fifteen = new ServiceStandard(TimeStandard.minutes(15), null, null,
                ServiceStandard.Basis.SUM_OF_STEPS, null);
        assertThat(sop(check, enter, approve).serviceStandard(fifteen).build().serviceStandard().time().amount())
                .isEqualTo(15);
        ServiceStandard twenty = new ServiceStandard(TimeStandard.minutes(20), null, null,
                ServiceStandard.Basis.SUM_OF_STEPS, null);
        assertThatThrownBy(() -> sop(check, enter, approve).serviceStandard(twenty).build())
                .hasMessageContaining("sum of the steps, 15 minutes, not 20");
    }

    @Test
    void refusesABadCodeOrVersion() {
        assertThatThrownBy(() -> SopDefinition.builder("selintas").build()).hasMessageContaining("UPPER_SNAKE_CASE");
        assertThatThrownBy(() -> sop(check, enter, approve).version(0).build()).hasMessageContaining("version");
    }

    @Test
    void optionalPartsAreOptional() {
        SopDefinition definition = sop(check, enter, approve).build();
        assertThat(definition.seed()).isEqualTo(Optional.empty());
        assertThat(definition.issuer()).isEmpty();
        assertThat(definition.legalBasis()).isEmpty();
        assertThat(definition.notes()).isEmpty();
    }
}

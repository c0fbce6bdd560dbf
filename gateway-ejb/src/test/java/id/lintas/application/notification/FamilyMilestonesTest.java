package id.lintas.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.application.servicecase.CaseMoved;
import id.lintas.domain.model.audit.AuditAction;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FamilyMilestonesTest {
    private static CaseMoved moved(String sop, String from, String to) {
        return new CaseMoved(1, "C-1", 1, 7L, sop, 2, AuditAction.STEP_COMPLETED, Optional.ofNullable(from),
                Optional.ofNullable(to), "OPEN", "operator", Instant.EPOCH);
    }

    @Test
    void arrivingAtSelintasCourierDeliveryMeansTheDocumentsAreReady() {
        assertThat(FamilyMilestones.reachedBy(moved("SELINTAS", "hand_over_archive", "courier_delivery")))
                .contains(FamilyMilestones.Milestone.DOCUMENTS_READY);
    }

    @Test
    void otherMovesAndOtherSopsAreNoMilestone() {
        assertThat(FamilyMilestones.reachedBy(moved("SELINTAS", "courier_delivery", null))).as("leaving it").isEmpty();
        assertThat(FamilyMilestones.reachedBy(moved("SELINTAS", "courier_delivery", "courier_delivery"))).as("staying").isEmpty();
        assertThat(FamilyMilestones.reachedBy(moved("SELINTAS", "sign_documents", "hand_over_archive"))).isEmpty();
        assertThat(FamilyMilestones.reachedBy(moved("LANDA_MEWA", "x", "courier_delivery"))).isEmpty();
    }

    @Test
    void everyMilestoneIsAStepOfTheCurrentSopDefinitions() {
        // the configuration names steps of the SOP definition files: a renamed step would silently stop the emails
        var definitions = new id.lintas.infrastructure.sop.SopDefinitionReader().readAll();
        FamilyMilestones.BY_SOP_AND_STEP.forEach((sop, steps) -> {
            var definition = definitions.stream().filter(d -> d.code().equals(sop)).findFirst().orElseThrow();
            assertThat(definition.steps()).extracting(s -> s.key()).containsAll(steps.keySet());
        });
    }
}

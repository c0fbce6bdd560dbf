package id.lintas.application.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.audit.AuditAction;
import id.lintas.domain.model.sop.Milestone;
import id.lintas.domain.model.sop.SopDefinition;
import id.lintas.infrastructure.sop.SopDefinitionReader;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which move of a case reaches a milestone is what its SOP definition says, not a table in code. */
class CaseMovedTest {
    private static final Map<String, SopDefinition> SOPS = new SopDefinitionReader().readAll().stream()
            .collect(Collectors.toMap(SopDefinition::code, Function.identity()));

    private static CaseMoved moved(String sop, String from, String to) {
        return new CaseMoved(1, "C-1", 1, 7L, sop, SOPS.get(sop).version(), AuditAction.STEP_COMPLETED,
                Optional.ofNullable(from), Optional.ofNullable(to), "OPEN", "operator", Instant.EPOCH);
    }

    private static Optional<Milestone> reached(String sop, String from, String to) {
        return moved(sop, from, to).milestoneReached(SOPS.get(sop));
    }

    @Test
    void arrivingAtSelintasCourierDeliveryMeansTheDocumentsAreReady() {
        assertThat(reached("SELINTAS", "hand_over_archive", "courier_delivery")).contains(Milestone.DOCUMENTS_READY);
    }

    @Test
    void arrivingAtDikJamilasHandOverMeansTheDocumentsAreReady() {
        assertThat(reached("DIK_JAMILA_MEWA", "print_or_download", "hand_over")).contains(Milestone.DOCUMENTS_READY);
    }

    @Test
    void otherMovesAndOtherSopsAreNoMilestone() {
        assertThat(reached("SELINTAS", "courier_delivery", null)).as("leaving it").isEmpty();
        assertThat(reached("SELINTAS", "courier_delivery", "courier_delivery")).as("staying").isEmpty();
        assertThat(reached("SELINTAS", "sign_documents", "hand_over_archive")).isEmpty();
        assertThat(reached("SELINTAS", null, "receive_application")).as("opened").isEmpty();
        assertThat(reached("DIK_JAMILA_MEWA", "kadis_sign", "print_or_download")).isEmpty();
        assertThat(reached("LANDA_MEWA", "send_kia_ktp", "print_kk_birth_certificate")).isEmpty();
    }

    @Test
    void aVersionThatDoesNotDeclareTheMilestoneHasNone() {
        SopDefinition withoutIt = SopDefinition.builder("SELINTAS").title(SOPS.get("SELINTAS").title())
                .serviceStandard(SOPS.get("SELINTAS").serviceStandard()).version(3)
                .step(id.lintas.domain.model.sop.StepDefinition.builder("courier_delivery").number(1)
                        .activity(SOPS.get("SELINTAS").lastStep().activity())
                        .role(id.lintas.domain.model.identity.Role.COURIER, "test")
                        .checklistItem(SOPS.get("SELINTAS").lastStep().checklist().get(0))
                        .standard(SOPS.get("SELINTAS").lastStep().standard())
                        .output(SOPS.get("SELINTAS").lastStep().output()).build())
                .build();
        assertThat(moved("SELINTAS", "hand_over_archive", "courier_delivery").milestoneReached(withoutIt)).isEmpty();
    }
}

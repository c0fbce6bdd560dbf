package id.lintas.domain.model.sop;

import static id.lintas.domain.model.sop.SopFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.model.identity.Role;
import org.junit.jupiter.api.Test;

class StepDefinitionTest {
    @Test
    void keepsItsParts() {
        StepDefinition kabid = step("kabid_verify", 5, Role.KABID_DAFDUK).alternativeRole(Role.KABID_CAPIL)
                .seedNumber("5.").next("kadis_sign").build();
        assertThat(kabid.isPerformableBy(Role.KABID_DAFDUK)).isTrue();
        assertThat(kabid.isPerformableBy(Role.KABID_CAPIL)).isTrue();
        assertThat(kabid.isPerformableBy(Role.KASI)).isFalse();
        assertThat(kabid.seedNumber()).isEqualTo("5.");
        assertThat(kabid.next()).contains("kadis_sign");
        assertThat(kabid.isLast()).isFalse();
        assertThat(kabid.isPerItem()).isFalse();
        assertThat(step("x", 3, Role.OPERATOR).build().seedNumber()).isEqualTo("3");
    }

    @Test
    void refusesAnEmptyChecklist() {
        StepDefinition.Builder bare = StepDefinition.builder("check").number(1)
                .activity(LocalizedText.of("Memeriksa", "Check")).role(Role.OPERATOR, "front office")
                .standard(TimeStandard.minutes(5)).output(LocalizedText.of("Berkas lengkap", "Complete file"));
        assertThatThrownBy(bare::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("step 'check': checklist must not be empty");
    }

    @Test
    void refusesAStepWithoutRoleInference() {
        assertThatThrownBy(() -> step("check", 1, Role.OPERATOR).role(Role.OPERATOR, " ").build())
                .hasMessageContaining("roleInference");
    }

    @Test
    void refusesDuplicateChecklistItemsAndBadKeys() {
        assertThatThrownBy(() -> step("check", 1, Role.OPERATOR)
                .checklistItem(new ChecklistItem("file", LocalizedText.of("Berkas", "File"))).build())
                .hasMessageContaining("duplicate checklist item 'file'");
        assertThatThrownBy(() -> step("Check Step", 1, Role.OPERATOR).build()).hasMessageContaining("snake_case");
    }

    @Test
    void aTimePerItemNeedsAPerItemStep() {
        TimeStandard perRecording = TimeStandard.of(TimeStandard.Unit.MINUTES, 30, null, true);
        assertThatThrownBy(() -> step("record", 1, Role.OPERATOR).standard(perRecording).build())
                .hasMessageContaining("per-item step");
        StepDefinition record = step("record", 1, Role.OPERATOR).standard(perRecording).perItem(ItemKind.TARGET).build();
        assertThat(record.isPerItem()).isTrue();
        assertThat(record.itemKind()).contains(ItemKind.TARGET);
    }

    @Test
    void refusesAnAlternativeThatRepeatsTheRole() {
        assertThatThrownBy(() -> step("check", 1, Role.KASI).alternativeRole(Role.KASI).build())
                .hasMessageContaining("repeat");
    }
    @Test
    void aCourierLegIsAWholeFileStepOfTheCourierWithoutSiak() {
        CourierLeg pickup = new CourierLeg(CourierLeg.Leg.PICKUP, CourierLeg.Place.INSTITUTION, CourierLeg.Place.OFFICE);
        assertThat(step("courier_pickup", 5, Role.COURIER).courier(pickup).build().courier()).contains(pickup);
        assertThat(step("hand_over", 5, Role.OPERATOR).alternativeRole(Role.COURIER).courier(pickup).build().courier())
                .as("the courier as an alternative performer").contains(pickup);
        assertThat(step("check", 1, Role.OPERATOR).build().courier()).isEmpty();
        assertThatThrownBy(() -> step("courier_pickup", 5, Role.OPERATOR).courier(pickup).build())
                .hasMessage("step 'courier_pickup': a courier leg is the courier's step, not OPERATOR's");
        assertThatThrownBy(() -> step("courier_pickup", 5, Role.COURIER).courier(pickup).perItem(ItemKind.STUDENT).build())
                .hasMessageContaining("cannot be per item");
        assertThatThrownBy(() -> step("courier_pickup", 5, Role.COURIER).courier(pickup).siak(SiakUse.SUBMIT).build())
                .hasMessageContaining("does not use SIAK");
        assertThatThrownBy(() -> new CourierLeg(CourierLeg.Leg.RETURN, CourierLeg.Place.OFFICE, CourierLeg.Place.OFFICE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(pickup).hasToString("PICKUP INSTITUTION → OFFICE");
    }

    @Test
    void aCourierLegAwaitsNothingAndAnApprovalIsOnePersonsDecisionOnTheWholeFile() {
        CourierLeg pickup = new CourierLeg(CourierLeg.Leg.PICKUP, CourierLeg.Place.INSTITUTION, CourierLeg.Place.OFFICE);
        assertThatThrownBy(() -> step("courier_pickup", 5, Role.COURIER).courier(pickup).awaits(Awaited.SIAK_NUMBERS).build())
                .hasMessage("step 'courier_pickup': a courier leg is completed by the courier's report, it cannot await SIAK_NUMBERS");
        assertThatThrownBy(() -> step("sign", 5, Role.KADIS).approves(true).perItem(ItemKind.STUDENT).build())
                .hasMessageContaining("an approval is one person's decision on the whole file");
        StepDefinition sign = step("sign", 5, Role.KADIS).approves(true).notifies(Milestone.DOCUMENTS_READY).build();
        assertThat(sign.approves()).isTrue();
        assertThat(sign.notifies()).contains(Milestone.DOCUMENTS_READY);
        assertThat(sign.awaits()).isEmpty();
    }

    @Test
    void aSigningStepAwaitsItsSignaturesAndIsTheKadissOnTheWholeFile() {
        StepDefinition sign = step("sign_documents", 13, Role.KADIS).approves(true)
                .signs(java.util.List.of(id.lintas.domain.model.document.DocumentType.AKTA_KELAHIRAN,
                        id.lintas.domain.model.document.DocumentType.KK))
                .build();
        assertThat(sign.signs()).containsExactly(id.lintas.domain.model.document.DocumentType.AKTA_KELAHIRAN,
                id.lintas.domain.model.document.DocumentType.KK);
        assertThat(sign.awaits()).contains(Awaited.SIGNATURES);
        assertThatThrownBy(() -> step("sign", 5, Role.OPERATOR)
                .signs(java.util.List.of(id.lintas.domain.model.document.DocumentType.KIA)).build())
                .hasMessageContaining("signed (TTE) by the kadis");
        assertThatThrownBy(() -> step("sign", 5, Role.KADIS).awaits(Awaited.SIAK_NUMBERS)
                .signs(java.util.List.of(id.lintas.domain.model.document.DocumentType.KIA)).build())
                .hasMessageContaining("cannot await SIAK_NUMBERS");
        assertThatThrownBy(() -> step("sign", 5, Role.KADIS).awaits(Awaited.SIGNATURES).build())
                .hasMessageContaining("only a step that signs documents");
        assertThatThrownBy(() -> step("sign", 5, Role.KADIS).signs(java.util.List.of(
                id.lintas.domain.model.document.DocumentType.KIA, id.lintas.domain.model.document.DocumentType.KIA)).build())
                .hasMessageContaining("signed twice");
    }

    @Test
    void aStepMaySignWhateverTheApplicationAsksForButNotAlsoANamedList() {
        StepDefinition sign = step("kadis_sign", 6, Role.KADIS).signsAppliedFor(true).build();
        assertThat(sign.signing()).isTrue();
        assertThat(sign.signs()).isEmpty();
        assertThat(sign.awaits()).contains(Awaited.SIGNATURES);
        assertThat(step("kasi_check", 4, Role.KASI).build().signing()).isFalse();
        assertThatThrownBy(() -> step("kadis_sign", 6, Role.KADIS).signsAppliedFor(true)
                .signs(java.util.List.of(id.lintas.domain.model.document.DocumentType.KK)).build())
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> step("kadis_sign", 6, Role.KASI).signsAppliedFor(true).build())
                .hasMessageContaining("signed (TTE) by the kadis");
    }
}

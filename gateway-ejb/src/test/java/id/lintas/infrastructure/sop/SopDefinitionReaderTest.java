package id.lintas.infrastructure.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.sop.Awaited;
import id.lintas.domain.model.sop.CourierLeg;
import id.lintas.domain.model.sop.Intake;
import id.lintas.domain.model.sop.Milestone;
import id.lintas.domain.model.sop.ServiceStandard;
import id.lintas.domain.model.sop.SopDefinition;
import id.lintas.domain.model.sop.TimeStandard;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SopDefinitionReaderTest {
    private final SopDefinitionReader reader = new SopDefinitionReader();

    /** A two-step definition; the tests replace parts of it. */
    private static final String VALID = """
            {
              "code": "TEST_SOP", "version": 2, "seed": "test.txt",
              "title": {"id": "SOP uji", "en": "Test SOP"},
              "serviceStandard": {"amount": 24, "unit": "HOURS", "from": "COMPLETE_FILE", "fee": 0},
              "descriptiveData": {"anything": ["goes", "here"]},
              "notes": ["Role inferred."],
              "steps": [
                {"key": "check", "no": 1, "startsServiceClock": true,
                 "activity": {"id": "Memeriksa kelengkapan berkas", "en": "Check the file"},
                 "role": "OPERATOR", "roleInference": "front office",
                 "checklist": [{"key": "file", "id": "Berkas persyaratan", "en": "Required documents"}],
                 "standard": {"amount": 5, "unit": "MINUTES"},
                 "output": {"id": "Berkas lengkap", "en": "Complete file"},
                 "next": "verify"},
                {"key": "verify", "no": 2,
                 "activity": {"id": "Memverifikasi", "en": "Verify"},
                 "role": "KASI", "roleInference": "checks drafts",
                 "checklist": [{"key": "file", "id": "Berkas lengkap", "en": "Complete file"}],
                 "standard": {"unit": "OPEN", "note": "menyesuaikan jarak tempuh"},
                 "output": {"id": "Berkas terverifikasi", "en": "Verified file"},
                 "returns": [{"to": "check", "condition": {"id": "Jika tidak sesuai, dikembalikan", "en": "If wrong, returned"}}]}
              ]
            }
            """;

    private SopDefinition read(String json) {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    void readsAValidDefinitionAndIgnoresDescriptiveData() {
        SopDefinition definition = read(VALID);
        assertThat(definition.code()).isEqualTo("TEST_SOP");
        assertThat(definition.version()).isEqualTo(2);
        assertThat(definition.seed()).contains("test.txt");
        assertThat(definition.serviceStandard().time()).isEqualTo(TimeStandard.hours(24));
        assertThat(definition.serviceStandard().from()).contains(ServiceStandard.Start.COMPLETE_FILE);
        assertThat(definition.serviceStandard().isFree()).isTrue();
        assertThat(definition.firstStep().role()).isEqualTo(Role.OPERATOR);
        assertThat(definition.lastStep().standard().isOpen()).isTrue();
        assertThat(definition.serviceClockStep().map(s -> s.key())).contains("check");
        assertThat(definition.lastStep().returns()).singleElement()
                .satisfies(branch -> assertThat(branch.to()).isEqualTo("check"));
        assertThat(definition.notes()).containsExactly("Role inferred.");
    }

    @Test
    void refusesAnUnknownNext() {
        assertThatThrownBy(() -> read(VALID.replace("\"next\": \"verify\"", "\"next\": \"verfy\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test.json: SOP TEST_SOP, step 'check': next 'verfy' is not a step of this SOP");
    }

    @Test
    void refusesAForwardReturn() {
        String forward = VALID.replace("\"next\": \"verify\"}",
                "\"next\": \"verify\", \"returns\": [{\"to\": \"verify\", \"condition\": {\"id\": \"Jika\", \"en\": \"If\"}}]}");
        assertThatThrownBy(() -> read(forward))
                .hasMessage("test.json: SOP TEST_SOP, step 'check': return to 'verify' must go to an earlier step");
    }

    @Test
    void refusesADuplicateKey() {
        String duplicate = VALID.replace("{\"key\": \"verify\", \"no\": 2", "{\"key\": \"check\", \"no\": 2");
        assertThatThrownBy(() -> read(duplicate))
                .hasMessage("test.json: SOP TEST_SOP, step 'check': duplicate step key (steps 1 and 2)");
    }

    @Test
    void refusesAnEmptyChecklist() {
        String empty = VALID.replace(
                "\"checklist\": [{\"key\": \"file\", \"id\": \"Berkas lengkap\", \"en\": \"Complete file\"}]",
                "\"checklist\": []");
        assertThatThrownBy(() -> read(empty))
                .hasMessage("test.json: step 2 'verify': checklist must not be empty");
    }

    @Test
    void refusesAnUnknownRoleNamingTheStep() {
        assertThatThrownBy(() -> read(VALID.replace("\"role\": \"KASI\"", "\"role\": \"KASIH\"")))
                .hasMessageStartingWith("test.json: step 2 'verify': \"role\" is 'KASIH', expected one of [OPERATOR");
    }

    @Test
    void refusesAMisspeltStepField() {
        assertThatThrownBy(() -> read(VALID.replace("\"next\": \"verify\"", "\"nxt\": \"verify\"")))
                .hasMessageStartingWith("test.json: step 1 'check': unknown field(s) [nxt]");
    }

    @Test
    void refusesAMissingFieldNamingTheStep() {
        assertThatThrownBy(() -> read(VALID.replace("\"output\": {\"id\": \"Berkas terverifikasi\", \"en\": \"Verified file\"},", "")))
                .hasMessage("test.json: step 2 'verify': \"output\" is missing");
    }

    @Test
    void refusesAnAmountForAnOpenTime() {
        assertThatThrownBy(() -> read(VALID.replace("{\"unit\": \"OPEN\",", "{\"unit\": \"OPEN\", \"amount\": 3,")))
                .hasMessageStartingWith("test.json: step 2 'verify', standard: a time OPEN has no amount");
    }

    @Test
    void refusesPerItemWithoutItemKind() {
        assertThatThrownBy(() -> read(VALID.replace("\"role\": \"KASI\",", "\"role\": \"KASI\", \"perItem\": true,")))
                .hasMessage("test.json: step 2 'verify': \"perItem\": true and \"itemKind\" go together");
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThatThrownBy(() -> read("{\"code\": ")).hasMessageStartingWith("test.json: not a JSON object");
        assertThatThrownBy(() -> read("[]")).hasMessageStartingWith("test.json: not a JSON object");
    }

    @Test
    void refusesADefinitionWithoutNotes() {
        assertThatThrownBy(() -> read(VALID.replace("\"notes\": [\"Role inferred.\"],", "")))
                .hasMessage("test.json: \"notes\" is missing");
    }
    /** The second step as a courier's, with a courier leg given by {@code courier}. */
    private SopDefinition readCourierLeg(String courier) {
        return read(VALID.replace("\"role\": \"KASI\", \"roleInference\": \"checks drafts\",",
                "\"role\": \"COURIER\", \"roleInference\": \"carries the file\", \"courier\": " + courier + ","));
    }

    @Test
    void readsACourierLeg() {
        SopDefinition definition = readCourierLeg("{\"leg\": \"PICKUP\", \"from\": \"INSTITUTION\", \"to\": \"OFFICE\"}");
        assertThat(definition.lastStep().courier()).contains(
                new CourierLeg(CourierLeg.Leg.PICKUP, CourierLeg.Place.INSTITUTION, CourierLeg.Place.OFFICE));
        assertThat(definition.firstStep().courier()).isEmpty();
    }

    @Test
    void refusesAnIncompleteOrMisspeltCourierLegNamingTheStep() {
        assertThatThrownBy(() -> readCourierLeg("{\"leg\": \"PICKUP\", \"from\": \"INSTITUTION\"}"))
                .hasMessage("test.json: step 2 'verify', courier: \"to\" is missing");
        assertThatThrownBy(() -> readCourierLeg("{\"leg\": \"POST\", \"from\": \"OFFICE\", \"to\": \"INSTITUTION\"}"))
                .hasMessageStartingWith("test.json: step 2 'verify', courier: \"leg\" is 'POST', expected one of [PICKUP, RETURN, DELIVERY]");
        assertThatThrownBy(() -> readCourierLeg("{\"leg\": \"RETURN\", \"from\": \"OFFICE\", \"to\": \"FAMILY\"}"))
                .hasMessageStartingWith("test.json: step 2 'verify', courier: \"to\" is 'FAMILY'");
        assertThatThrownBy(() -> readCourierLeg("{\"leg\": \"RETURN\", \"from\": \"OFFICE\", \"to\": \"OFFICE\", \"by\": \"x\"}"))
                .hasMessageStartingWith("test.json: step 2 'verify', courier: unknown field(s) [by]");
        assertThatThrownBy(() -> readCourierLeg("{\"leg\": \"RETURN\", \"from\": \"OFFICE\", \"to\": \"OFFICE\"}"))
                .hasMessage("test.json: step 2 'verify', courier: a courier leg goes somewhere else: from and to are both OFFICE");
        assertThatThrownBy(() -> readCourierLeg("\"PICKUP\""))
                .hasMessage("test.json: step 2 'verify': \"courier\" must be an object");
    }

    @Test
    void refusesACourierLegOnAnotherRolesStep() {
        assertThatThrownBy(() -> read(VALID.replace("\"role\": \"KASI\",",
                "\"role\": \"KASI\", \"courier\": {\"leg\": \"PICKUP\", \"from\": \"INSTITUTION\", \"to\": \"OFFICE\"},")))
                .hasMessage("test.json: step 2 'verify': a courier leg is the courier's step, not KASI's");
    }

    @Test
    void readsTheIntakeAndTheStepsMilestoneAwaitedArrivalAndApproval() {
        SopDefinition plain = read(VALID);
        assertThat(plain.intake()).as("by default").isEqualTo(Intake.NEW_CASE);
        assertThat(plain.steps()).allSatisfy(step -> {
            assertThat(step.notifies()).isEmpty();
            assertThat(step.awaits()).isEmpty();
            assertThat(step.approves()).isFalse();
        });

        SopDefinition declared = read(VALID.replace("\"seed\": \"test.txt\",", "\"seed\": \"test.txt\", \"intake\": \"BIRTH_REPORT\",")
                .replace("\"role\": \"OPERATOR\",", "\"role\": \"OPERATOR\", \"siak\": \"SUBMIT\",")
                .replace("\"role\": \"KASI\",",
                        "\"role\": \"KASI\", \"awaits\": \"SIAK_NUMBERS\", \"approves\": true, \"notifies\": \"DOCUMENTS_READY\","));
        assertThat(declared.intake()).isEqualTo(Intake.BIRTH_REPORT);
        assertThat(declared.lastStep().awaits()).contains(Awaited.SIAK_NUMBERS);
        assertThat(declared.lastStep().approves()).isTrue();
        assertThat(declared.lastStep().notifies()).contains(Milestone.DOCUMENTS_READY);
    }

    @Test
    void refusesAnUnknownIntakeMilestoneOrAwaitedArrival() {
        assertThatThrownBy(() -> read(VALID.replace("\"seed\": \"test.txt\",", "\"seed\": \"test.txt\", \"intake\": \"EMAIL\",")))
                .hasMessageStartingWith("test.json: \"intake\" is 'EMAIL', expected one of [NEW_CASE, BIRTH_REPORT, RESIDENT_APPLICATION]");
        assertThatThrownBy(() -> read(VALID.replace("\"role\": \"KASI\",", "\"role\": \"KASI\", \"notifies\": \"DONE\",")))
                .hasMessageStartingWith("test.json: step 2 'verify': \"notifies\" is 'DONE', expected one of [DOCUMENTS_READY]");
        assertThatThrownBy(() -> read(VALID.replace("\"role\": \"KASI\",", "\"role\": \"KASI\", \"awaits\": \"PAYMENT\",")))
                .hasMessageStartingWith("test.json: step 2 'verify': \"awaits\" is 'PAYMENT', expected one of [SIAK_NUMBERS, SIGNATURES]");
        assertThatThrownBy(() -> read(VALID.replace("\"role\": \"KASI\",", "\"role\": \"KASI\", \"approves\": \"yes\",")))
                .hasMessage("test.json: step 2 'verify': \"approves\" must be true or false");
    }

    @Test
    void refusesAStepAwaitingSiaksNumbersWithoutAnEarlierSiakEntry() {
        assertThatThrownBy(() -> read(VALID.replace("\"role\": \"KASI\",", "\"role\": \"KASI\", \"awaits\": \"SIAK_NUMBERS\",")))
                .hasMessage("test.json: SOP TEST_SOP, step 'verify' awaits SIAK's numbers but no earlier step enters data"
                        + " into SIAK (\"siak\": \"SUBMIT\")");
    }
}

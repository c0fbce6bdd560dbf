package id.lintas.application.servicecase;

import static id.lintas.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.model.sop.SopCatalog;
import id.lintas.domain.model.sop.SopDefinition;
import id.lintas.infrastructure.sop.SopDefinitionReader;
import jakarta.ejb.SessionContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The new-case page offers and opens only SOPs opened there; SELINTAS comes from birth reports. */
class CaseServiceIntakeTest {
    private static final List<SopDefinition> SOPS = new SopDefinitionReader().readAll();

    private final CaseService service = new CaseService();

    CaseServiceIntakeTest() {
        AtomicLong ids = new AtomicLong();
        List<SopCatalog.Entry> entries = SOPS.stream().map(d -> new SopCatalog.Entry(ids.incrementAndGet(), d)).toList();
        service.catalog = new SopCatalog() {
            @Override
            public Entry current(String code) {
                return entries.stream().filter(e -> e.definition().code().equals(code)).findFirst().orElseThrow();
            }

            @Override
            public SopDefinition byId(long id) {
                return entries.get((int) id - 1).definition();
            }

            @Override
            public List<Entry> currentAll() {
                return entries;
            }
        };
    }

    private void signedInAs(Role role) {
        service.actors = new ActorLookup() {
            @Override
            public Actor of(SessionContext context) {
                return new Actor(role.name().toLowerCase(), role, 1, role.isExternal() ? 10L : null);
            }
        };
    }

    @Test
    void theHospitalIsOfferedOnlyWhatItOpensOnThePage() {
        signedInAs(Role.HOSPITAL);
        assertThat(service.openable()).extracting(OpenableSop::code).containsExactly("SI_JARAN_IJO");
        signedInAs(Role.OPERATOR);
        assertThat(service.openable()).extracting(OpenableSop::code)
                .containsExactly("DIK_JAMILA_MEWA", "LANDA_MEWA", "SI_JARAN_IJO", "SMART_KIDS");
    }

    @Test
    void onlyASopThatSignsWhatWasAppliedForOffersDocumentsAndTakesThem() {
        signedInAs(Role.OPERATOR);
        assertThat(service.openable()).filteredOn(s -> !s.documents().isEmpty()).extracting(OpenableSop::code)
                .containsExactly("DIK_JAMILA_MEWA");
        assertThat(service.openable()).filteredOn(s -> s.code().equals("DIK_JAMILA_MEWA")).singleElement()
                .satisfies(s -> assertThat(s.documents()).extracting(OpenableSop.DocumentOption::type).containsExactly("KK", "KIA", "AKTA_KEMATIAN"));
        assertRefused(() -> service.open(new OpenCaseRequest("SMART_KIDS", null, "KIA SD 1", null, List.of(),
                List.of(new OpenCaseRequest.Item("Ani", null)), null, List.of("KIA"))), "case.documentsNotSigned");
        assertRefused(() -> service.open(new OpenCaseRequest("DIK_JAMILA_MEWA", null, "Budi", null, List.of(), List.of(), null,
                List.of("SIM"))), "case.unknownDocument");
    }

    @Test
    void openingSelintasOnTheNewCasePageIsRefusedInBothLanguages() {
        signedInAs(Role.HOSPITAL);
        var refused = assertRefused(() -> service.open(new OpenCaseRequest("SELINTAS", null, "Bayi Ny. Tanpa Laporan", null,
                List.of(), List.of())), "case.open.intake.BIRTH_REPORT");
        assertThat(refused.getMessage()).startsWith("Layanan SELINTAS dibuka dari laporan kelahiran rumah sakit/puskesmas")
                .contains(" / The SELINTAS service is opened from a hospital's or puskesmas's birth report");
    }
}

package id.lintas.application.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.model.document.DocumentType;
import id.lintas.domain.model.document.IssuedDocument;
import id.lintas.domain.model.document.IssuedDocumentRepository;
import id.lintas.domain.model.office.OfficeRepository;
import id.lintas.domain.model.person.Nik;
import id.lintas.domain.shared.BusinessException;
import id.lintas.infrastructure.tte.TteConfiguration;
import id.lintas.signing.PadesLevel;
import id.lintas.signing.SignatureRequest;
import id.lintas.signing.SigningSession;
import id.lintas.signing.testpki.DemoPki;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public check of an uploaded PDF against the registered document, with the demo office's PKI. */
class DocumentVerificationTest {
    private static final char[] PASSPHRASE = "tte-demo".toCharArray();
    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

    @TempDir
    static Path tteDir;

    private static byte[] draft;

    @BeforeAll
    static void pki() throws Exception {
        DemoPki.generate().writeTteDirectory(tteDir, "kadis", PASSPHRASE);
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage());
            pdf.save(out);
            draft = out.toByteArray();
        }
    }

    private final TteConfiguration tte = configuration();
    private final Map<String, IssuedDocument> stored = new java.util.HashMap<>();
    private final DocumentVerification verification = verification();

    @Test
    void theRegisteredSignedCopyIsGenuineAndAChangedOneIsNot() throws Exception {
        IssuedDocument d = signed();
        byte[] signedPdf = d.signedPdf().orElseThrow();

        DocumentVerification.UploadCheck same = verification.check(d.id(), signedPdf);
        assertThat(same.genuine()).isTrue();
        assertThat(same.signatures()).singleElement().satisfies(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.trusted()).isTrue();
            assertThat(s.wholeDocument()).isTrue();
        });

        byte[] changed = signedPdf.clone();
        changed[draft.length / 2] ^= 1;
        DocumentVerification.UploadCheck tampered = verification.check(d.id(), changed);
        assertThat(tampered.registeredCopy()).isFalse();
        assertThat(tampered.valid()).isFalse();
        assertThat(tampered.genuine()).isFalse();

        DocumentVerification.UploadCheck unsigned = verification.check(d.id(), draft);
        assertThat(unsigned.signatures()).isEmpty();
        assertThat(unsigned.genuine()).isFalse();
    }

    @Test
    void theRegisteredCopyOfARevokedDocumentIsNoLongerGenuine() throws Exception {
        IssuedDocument d = signed();
        d.revoke("kadis", "diganti", null, NOW);
        DocumentVerification.UploadCheck check = verification.check(d.id(), d.signedPdf().orElseThrow());
        assertThat(check.registeredCopy()).isTrue();
        assertThat(check.valid()).isTrue();
        assertThat(check.active()).isFalse();
        assertThat(check.genuine()).isFalse();
        assertThat(verification.find(d.id())).hasValueSatisfying(p -> {
            assertThat(p.active()).isFalse();
            assertThat(p.revokeReason()).isEqualTo("diganti");
            assertThat(p.maskedNik()).isEqualTo("331601********01");
        });
    }

    @Test
    void draftsAreNotPublicAndWhatIsNoPdfIsRefused() throws Exception {
        IssuedDocument waiting = IssuedDocument.arrange(1, 7, "SLT-2026-000007", "sign_documents", DocumentType.KIA, NOW);
        waiting.drafted("3316014512260001", Nik.of("3316014512260001"), "Ayu", LocalDate.of(2026, 12, 2), draft, NOW);
        stored.put(waiting.id(), waiting);
        assertThat(verification.find(waiting.id())).isEmpty();
        assertThat(verification.find("../../etc/passwd")).isEmpty();

        IssuedDocument d = signed();
        assertThatThrownBy(() -> verification.check(d.id(), "MZ\u0090 not a pdf".getBytes()))
                .isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).key()).isEqualTo("verification.notPdf");
        assertThatThrownBy(() -> verification.check(d.id(), new byte[0]))
                .extracting(e -> ((BusinessException) e).key()).isEqualTo("verification.noFile");
    }

    private IssuedDocument signed() {
        IssuedDocument d = IssuedDocument.arrange(1, 7, "SLT-2026-000007", "sign_documents", DocumentType.AKTA_KELAHIRAN, NOW);
        d.drafted("3316-LU-02122026-0001", Nik.of("3316014512260001"), "Ayu Lestari", LocalDate.of(2026, 12, 2), draft, NOW);
        try (SigningSession session = tte.keyOf("kadis").open(PASSPHRASE.clone())) {
            byte[] signedPdf = session.sign(d.draftPdf().orElseThrow(), SignatureRequest.at(PadesLevel.B_B, null, null));
            d.signed(signedPdf, "B-B", "Hendro Wibowo", "kadis", NOW);
        }
        stored.put(d.id(), d);
        return d;
    }

    private static TteConfiguration configuration() {
        return TteConfiguration.of(tteDir.toString(), null, "B-B");
    }

    private DocumentVerification verification() {
        DocumentVerification v = new DocumentVerification();
        v.tte = tte;
        v.documents = (IssuedDocumentRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {IssuedDocumentRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> Optional.ofNullable(stored.get((String) args[0]));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        v.offices = (OfficeRepository) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {OfficeRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        return Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return v;
    }
}

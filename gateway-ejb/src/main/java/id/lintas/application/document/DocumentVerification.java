package id.lintas.application.document;

import id.lintas.domain.model.document.IssuedDocument;
import id.lintas.domain.model.document.IssuedDocumentRepository;
import id.lintas.domain.model.document.IssuedDocumentStatus;
import id.lintas.domain.model.office.OfficeRepository;
import id.lintas.domain.shared.BusinessException;
import id.lintas.infrastructure.tte.TteConfiguration;
import id.lintas.signing.verify.SignatureReport;
import id.lintas.signing.verify.VerificationReport;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The public verification of the documents the office signed (no login: the QR code on a printed
 * document leads here): what the office registered under the document's id, with the NIK masked,
 * and whether it is still valid (aktif) or revoked (dicabut); and the check of a PDF someone holds:
 * its signatures (intact, covering the whole file, from a signer the office trusts) and whether it
 * is exactly the registered document. Drafts are not public: only signed or revoked documents are found.
 */
@Stateless
@PermitAll
public class DocumentVerification {
    /** At most this many bytes are checked (a signed KK is about 150 KB). */
    public static final int MAX_UPLOAD = 10 * 1024 * 1024;

    /** What the public page shows of a document. */
    public record PublicDocument(String id, String type, String typeName, String typeNameEn, String number, String maskedNik,
            String subjectName, LocalDate issuedOn, boolean active, String signerName, ZonedDateTime signedAt, String level,
            String sha256, ZonedDateTime revokedAt, String revokeReason, String replacedBy, String officeName)
            implements Serializable {
    }

    /** One signature of an uploaded PDF, for people. */
    public record SignatureCheck(String signer, ZonedDateTime signedAt, String level, boolean intact, boolean wholeDocument,
            boolean trusted, boolean holds, List<String> problems) implements Serializable {
    }

    /**
     * The verdict on an uploaded PDF.
     *
     * @param registeredCopy byte for byte the document the office signed and registered under this id
     * @param valid every signature holds and there is at least one
     */
    public record UploadCheck(boolean registeredCopy, boolean valid, boolean active, List<SignatureCheck> signatures)
            implements Serializable {
        /** The registered document, unaltered, and still valid (not revoked). */
        public boolean genuine() {
            return registeredCopy && valid && active;
        }
    }

    @Inject
    IssuedDocumentRepository documents;

    @Inject
    OfficeRepository offices;

    @Inject
    TteConfiguration tte;

    public Optional<PublicDocument> find(String id) {
        return published(id).map(d -> {
            ZoneId zone = zone(d);
            return new PublicDocument(d.id(), d.type().name(), d.type().indonesianName(), d.type().englishName(),
                    d.number().orElse(""), d.maskedNik().orElse(null), d.subjectName().orElse(""), d.issuedOn().orElse(null),
                    d.status() == IssuedDocumentStatus.SIGNED, d.signerName().orElse(""),
                    d.signedAt().map(t -> t.atZone(zone)).orElse(null), d.signatureLevel().orElse(""),
                    d.signedSha256().orElse(""), d.revokedAt().map(t -> t.atZone(zone)).orElse(null),
                    d.revokeReason().orElse(null), d.replacedBy().flatMap(this::published).map(IssuedDocument::id).orElse(null),
                    offices.find(d.officeId()).map(o -> o.name()).orElse(""));
        });
    }

    /** Checks a PDF against the document registered under {@code id}; refuses what is no PDF. */
    public UploadCheck check(String id, byte[] pdf) {
        IssuedDocument d = published(id).orElseThrow(() -> new BusinessException("tte.documentNotFound"));
        if (pdf == null || pdf.length == 0) {
            throw new BusinessException("verification.noFile");
        }
        if (pdf.length > MAX_UPLOAD) {
            throw new BusinessException("verification.tooLarge", MAX_UPLOAD / (1024 * 1024));
        }
        if (!startsWith(pdf, "%PDF-")) {
            throw new BusinessException("verification.notPdf");
        }
        VerificationReport report;
        try {
            report = tte.verifier().verify(pdf);
        } catch (IOException | RuntimeException e) {
            throw new BusinessException("verification.unreadable");
        }
        ZoneId zone = zone(d);
        List<SignatureCheck> checks = report.signatures().stream().map(s -> new SignatureCheck(
                s.signer(), s.signingTime() == null ? null : s.signingTime().atZone(zone),
                s.level() == null ? (s.kind() == SignatureReport.Kind.DOCUMENT_TIMESTAMP ? "cap waktu dokumen" : "")
                        : s.level().label(),
                s.intact(), s.coverage() != SignatureReport.Coverage.MODIFIED_AFTER_SIGNING, s.trusted(), s.holds(),
                s.problems())).toList();
        boolean valid = !checks.isEmpty() && report.allHold();
        return new UploadCheck(d.isRegisteredCopy(pdf), valid, d.status() == IssuedDocumentStatus.SIGNED, checks);
    }

    private Optional<IssuedDocument> published(String id) {
        if (id == null || !id.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        return documents.find(id).filter(d -> d.status() == IssuedDocumentStatus.SIGNED
                || d.status() == IssuedDocumentStatus.REVOKED);
    }

    private ZoneId zone(IssuedDocument d) {
        return offices.find(d.officeId()).map(o -> o.timeZone()).orElse(ZoneId.of("Asia/Jakarta"));
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] p = prefix.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        // a PDF may have a few bytes of junk before its header; readers accept up to 1024
        outer:
        for (int at = 0; at <= Math.min(1024, bytes.length - p.length); at++) {
            for (int i = 0; i < p.length; i++) {
                if (bytes[at + i] != p[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

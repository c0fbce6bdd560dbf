package id.lintas.domain.model.document;

import id.lintas.domain.model.person.Nik;
import id.lintas.domain.shared.Attempts;
import id.lintas.domain.shared.Backoff;
import id.lintas.domain.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A document a case issues at its signing step ({@code "signs"} in the SOP file): the akta
 * kelahiran, KK and KIA of a SELINTAS birth, the reply letter of SI JARAN IJO. It is arranged in the
 * transaction in which the case arrives at the step, drafted (rendered from the case) by a relay,
 * signed by the kadis with the TTE and then shown to anyone holding its QR code on the public
 * verification page, by its random id. Replacing it revokes it (dicabut); it is never deleted.
 *
 * <p>The status only moves forward: DRAFTING → AWAITING_SIGNATURE (or DRAFT_FAILED) → SIGNED →
 * REVOKED; an unsigned draft is WITHDRAWN when its case arrives at the step again.
 */
@Entity
@Table(name = "issued_document")
public class IssuedDocument {
    public static final int MAX_DRAFT_ATTEMPTS = 40;
    /** 5 s after the first failure, doubling, at most 10 minutes (about four hours in all). */
    static final Backoff RETRIES = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10));

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "case_number", nullable = false, length = 40)
    private String caseNumber;

    @Column(name = "step_key", nullable = false, length = 60)
    private String stepKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private DocumentType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IssuedDocumentStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private Attempts attempts;

    @Column(length = 60)
    private String number;

    @Column(name = "subject_nik", length = 16)
    private String subjectNik;

    @Column(name = "subject_name", length = 200)
    private String subjectName;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "draft_pdf")
    private byte[] draftPdf;

    @Column(name = "drafted_at")
    private Instant draftedAt;

    @Column(name = "signed_pdf")
    private byte[] signedPdf;

    @Column(name = "signed_sha256", length = 64)
    private String signedSha256;

    @Column(name = "signature_level", length = 10)
    private String signatureLevel;

    @Column(name = "signer_name", length = 200)
    private String signerName;

    @Column(name = "signed_by", length = 60)
    private String signedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 60)
    private String revokedBy;

    @Column(name = "revoke_reason", length = 500)
    private String revokeReason;

    @Column(name = "replaced_by", length = 36)
    private String replacedBy;

    protected IssuedDocument() {
    }

    /** A document the case is to issue at its signing step, to be drafted at once. */
    public static IssuedDocument arrange(long officeId, long caseId, String caseNumber, String stepKey, DocumentType type,
            Instant now) {
        IssuedDocument d = new IssuedDocument();
        d.id = UUID.randomUUID().toString();
        d.officeId = officeId;
        d.caseId = caseId;
        d.caseNumber = Objects.requireNonNull(caseNumber);
        d.stepKey = Objects.requireNonNull(stepKey);
        d.type = Objects.requireNonNull(type);
        d.status = IssuedDocumentStatus.DRAFTING;
        d.createdAt = now;
        d.attempts = Attempts.dueAt(now);
        return d;
    }

    /** The draft came: it waits for the kadis's signature. */
    public void drafted(String number, Nik subjectNik, String subjectName, LocalDate issuedOn, byte[] pdf, Instant now) {
        requireStatus(IssuedDocumentStatus.DRAFTING);
        this.number = clip(Objects.requireNonNull(number), 60);
        this.subjectNik = subjectNik == null ? null : subjectNik.value();
        this.subjectName = clip(Objects.requireNonNull(subjectName), 200);
        this.issuedOn = Objects.requireNonNull(issuedOn);
        this.draftPdf = Objects.requireNonNull(pdf).clone();
        this.draftedAt = now;
        this.attempts.succeeded();
        this.status = IssuedDocumentStatus.AWAITING_SIGNATURE;
    }

    /** Drafting failed for now (SIAK unreachable, say): tried again after the back-off, up to {@link #MAX_DRAFT_ATTEMPTS}. */
    public void draftFailedForNow(String error, Instant now) {
        requireStatus(IssuedDocumentStatus.DRAFTING);
        if (attempts.failed(error, now, RETRIES, MAX_DRAFT_ATTEMPTS)) {
            status = IssuedDocumentStatus.DRAFT_FAILED;
        }
    }

    /** The case cannot give this document; {@code reason} says why (shown to the office). */
    public void draftRefused(String reason) {
        requireStatus(IssuedDocumentStatus.DRAFTING);
        attempts.refused(reason);
        status = IssuedDocumentStatus.DRAFT_FAILED;
    }

    /** Tries a failed draft again (the office fixed what was missing). */
    public void redraft(Instant now) {
        requireStatus(IssuedDocumentStatus.DRAFT_FAILED);
        attempts.restart(now);
        status = IssuedDocumentStatus.DRAFTING;
    }

    /** The kadis signed the draft: {@code signedPdf} is the draft with the signature appended. */
    public void signed(byte[] signedPdf, String level, String signerName, String username, Instant now) {
        if (status != IssuedDocumentStatus.AWAITING_SIGNATURE) {
            throw new BusinessException("tte.notAwaiting", caseNumber, type.indonesianName());
        }
        this.signedPdf = Objects.requireNonNull(signedPdf).clone();
        this.signedSha256 = sha256(signedPdf);
        this.signatureLevel = level;
        this.signerName = clip(signerName, 200);
        this.signedBy = username;
        this.signedAt = now;
        this.status = IssuedDocumentStatus.SIGNED;
    }

    /** The kadis revokes the signed document (dicabut); {@code replacedBy} is its replacement's id, if one is drafted. */
    public void revoke(String username, String reason, String replacedBy, Instant now) {
        checkRevocable(reason);
        this.revokedAt = now;
        this.revokedBy = username;
        this.revokeReason = clip(reason.strip(), 500);
        this.replacedBy = replacedBy;
        this.status = IssuedDocumentStatus.REVOKED;
    }

    /** An unsigned draft nobody will sign any more (the case arrives at the step again and gets a new one). */
    public boolean withdrawIfUnsigned() {
        if (status == IssuedDocumentStatus.DRAFTING || status == IssuedDocumentStatus.DRAFT_FAILED
                || status == IssuedDocumentStatus.AWAITING_SIGNATURE) {
            status = IssuedDocumentStatus.WITHDRAWN;
            draftPdf = null;
            return true;
        }
        return false;
    }

    /** The PDF's file name: type and case number, e.g. {@code akta-kelahiran-SLT-2026-000007.pdf} ({@code -draf} until signed). */
    public String fileName() {
        return type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + caseNumber.replaceAll("[^A-Za-z0-9-]", "-")
                + (status == IssuedDocumentStatus.SIGNED || status == IssuedDocumentStatus.REVOKED ? "" : "-draf") + ".pdf";
    }

    /**
     * Whether every document a case issues at {@code step} is signed: at least one, none still being
     * drafted or waiting (withdrawn and revoked ones do not count). What completes a signing step.
     */
    public static boolean allSignedAt(List<IssuedDocument> ofCase, String step) {
        List<IssuedDocument> current = ofCase.stream().filter(d -> d.stepKey.equals(step))
                .filter(d -> d.status != IssuedDocumentStatus.WITHDRAWN && d.status != IssuedDocumentStatus.REVOKED)
                .toList();
        return !current.isEmpty() && current.stream().allMatch(d -> d.status == IssuedDocumentStatus.SIGNED);
    }

    /** Refuses a revocation that cannot be: the document is not signed, or no reason is given. */
    public void checkRevocable(String reason) {
        if (status != IssuedDocumentStatus.SIGNED) {
            throw new BusinessException("tte.notRevocable", type.indonesianName(), number);
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("tte.revokeReasonRequired");
        }
    }

    /** Whether {@code pdf} is exactly the signed document the office registered. */
    public boolean isRegisteredCopy(byte[] pdf) {
        return signedSha256 != null && signedSha256.equals(sha256(pdf));
    }

    /**
     * The NIK as the public page shows it: the region code (6 digits) and the last 2, the rest
     * hidden, e.g. {@code 331601********01}.
     */
    public Optional<String> maskedNik() {
        return Optional.ofNullable(subjectNik).map(IssuedDocument::mask);
    }

    static String mask(String nik) {
        return nik.length() < 9 ? "*".repeat(nik.length())
                : nik.substring(0, 6) + "*".repeat(nik.length() - 8) + nik.substring(nik.length() - 2);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void requireStatus(IssuedDocumentStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("document " + id + " is " + status + ", not " + expected);
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public String id() {
        return id;
    }

    public long officeId() {
        return officeId;
    }

    public long caseId() {
        return caseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String stepKey() {
        return stepKey;
    }

    public DocumentType type() {
        return type;
    }

    public IssuedDocumentStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Attempts attempts() {
        return attempts;
    }

    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    public Optional<String> subjectName() {
        return Optional.ofNullable(subjectName);
    }

    public Optional<LocalDate> issuedOn() {
        return Optional.ofNullable(issuedOn);
    }

    public Optional<byte[]> draftPdf() {
        return Optional.ofNullable(draftPdf).map(byte[]::clone);
    }

    public Optional<byte[]> signedPdf() {
        return Optional.ofNullable(signedPdf).map(byte[]::clone);
    }

    public Optional<String> signedSha256() {
        return Optional.ofNullable(signedSha256);
    }

    public Optional<String> signatureLevel() {
        return Optional.ofNullable(signatureLevel);
    }

    public Optional<String> signerName() {
        return Optional.ofNullable(signerName);
    }

    public Optional<String> signedBy() {
        return Optional.ofNullable(signedBy);
    }

    public Optional<Instant> signedAt() {
        return Optional.ofNullable(signedAt);
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<String> revokedBy() {
        return Optional.ofNullable(revokedBy);
    }

    public Optional<String> revokeReason() {
        return Optional.ofNullable(revokeReason);
    }

    public Optional<String> replacedBy() {
        return Optional.ofNullable(replacedBy);
    }
}

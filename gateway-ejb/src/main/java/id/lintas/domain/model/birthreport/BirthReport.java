package id.lintas.domain.model.birthreport;

import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.DeadLetter;
import id.lintas.domain.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A hospital's birth report as the office received it: which hospital, under which of its
 * references, with what content (its fingerprint), and the SELINTAS case it opened. A hospital
 * has one report per reference; sending it again with the same content finds this case, with
 * other content is refused.
 *
 * <p>A report is accepted first (its case number reserved) and its case opened right after by a
 * worker ({@link ReportStatus#RECEIVED} until then); a report whose case cannot be opened now is
 * tried again later, and after {@value #MAX_ATTEMPTS} attempts waits as {@link ReportStatus#FAILED}
 * for the office's admin, like a report whose opening the case's rules refuse (trying again cannot
 * help until someone changes something, e.g. the hospital's account closed meanwhile). The admin
 * has it processed again ({@link #replay}) or gives it up ({@link #discard}: it stays FAILED, noted
 * as given up).
 */
@Entity
@Table(name = "birth_report")
public class BirthReport extends IdentifiedEntity implements DeadLetter {
    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(nullable = false, length = 64)
    private String reference;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReportChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReportStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "case_number", length = 40)
    private String caseNumber;

    @Column(name = "born_at", nullable = false)
    private Instant bornAt;

    @Column(nullable = false, length = 4000)
    private String details;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, length = 60)
    private String receivedBy;

    /** When it last failed for good (for the admin's page). */
    @Column(name = "failed_at")
    private Instant failedAt;

    /** When the admin gave it up: it stays FAILED and no longer waits for anyone. */
    @Column(name = "discarded_at")
    private Instant discardedAt;

    protected BirthReport() {
    }

    @Override
    public long officeId() {
        return officeId;
    }

    public long institutionId() {
        return institutionId;
    }

    public HospitalReference reference() {
        return new HospitalReference(reference);
    }

    /** Whether {@code other} is the content this report was received with. */
    public boolean sameContentAs(String otherFingerprint) {
        return fingerprint.equals(otherFingerprint);
    }

    public ReportChannel channel() {
        return channel;
    }

    public Long caseId() {
        return caseId;
    }

    @Override
    public String caseNumber() {
        return caseNumber;
    }

    /** The report's own details (time, attendant, measures, marriage, reporter, witnesses) as JSON. */
    public String details() {
        return details;
    }

    public Instant bornAt() {
        return bornAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public static final int MAX_ATTEMPTS = 20;
    /** 2 s after the first failure, doubling, at most 5 minutes. */
    static final id.lintas.domain.shared.Backoff RETRIES =
            new id.lintas.domain.shared.Backoff(java.time.Duration.ofSeconds(2), java.time.Duration.ofMinutes(5));

    /** Where the report stands. */
    public enum ReportStatus {
        /** Accepted, its case number reserved; the case is being opened. */
        RECEIVED,
        /** Its case is open. */
        OPENED,
        /** Its case could not be opened after many attempts: for the admin. */
        FAILED
    }

    public ReportStatus status() {
        return status;
    }

    public java.util.Optional<String> lastError() {
        return java.util.Optional.ofNullable(lastError);
    }

    /** The case this report opened, under the number reserved when it was accepted. */
    public void openedCase(long id, String number) {
        if (status != ReportStatus.RECEIVED) {
            throw new IllegalStateException("report " + reference + " is " + status + ", its case " + caseNumber);
        }
        if (!caseNumber.equals(number)) {
            throw new IllegalArgumentException("report " + reference + " reserved " + caseNumber + ", not " + number);
        }
        caseId = id;
        status = ReportStatus.OPENED;
        lastError = null;
    }

    /** Taken by a worker until {@code until}: another instance leaves it alone meanwhile. */
    public void postpone(Instant until) {
        if (status == ReportStatus.RECEIVED) {
            nextAttemptAt = until;
        }
    }

    /** Its case could not be opened now: try again later, backing off, until it fails for good. */
    public void notOpenedYet(String error, Instant now) {
        if (status != ReportStatus.RECEIVED) {
            throw new IllegalStateException("report " + reference + " is " + status);
        }
        attempts++;
        lastError = clip(error);
        if (attempts >= MAX_ATTEMPTS) {
            failed(now);
            return;
        }
        nextAttemptAt = RETRIES.next(now, attempts);
    }

    /**
     * The case's rules refuse to open it (the hospital's account was closed after sending it, say):
     * trying again cannot help until someone changes something, so it waits for the admin at once.
     */
    public void refused(String error, Instant now) {
        if (status != ReportStatus.RECEIVED) {
            throw new IllegalStateException("report " + reference + " is " + status);
        }
        attempts++;
        lastError = clip(error);
        failed(now);
    }

    private void failed(Instant now) {
        status = ReportStatus.FAILED;
        failedAt = now;
    }

    /** The admin has a failed report processed again, from its first attempt, its error kept until it opens. */
    @Override
    public void replay(Instant now) {
        requireFailed();
        status = ReportStatus.RECEIVED;
        attempts = 0;
        nextAttemptAt = now;
        failedAt = null;
        discardedAt = null;
    }

    /** The admin gives a failed report up: it stays FAILED (the hospital sees it so), noted as given up. */
    @Override
    public void discard(Instant now) {
        requireFailed();
        if (discardedAt != null) {
            throw new BusinessException("report.state", reference, "DISCARDED");
        }
        discardedAt = now;
    }

    private void requireFailed() {
        if (status != ReportStatus.FAILED) {
            throw new BusinessException("report.state", reference, status.name());
        }
    }

    public int attempts() {
        return attempts;
    }

    public java.util.Optional<Instant> failedAt() {
        return java.util.Optional.ofNullable(failedAt);
    }

    public java.util.Optional<Instant> discardedAt() {
        return java.util.Optional.ofNullable(discardedAt);
    }

    private static String clip(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }
}

package id.lintas.domain.model.birthreport;

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
 * worker ({@link ReportStatus#RECEIVED} until then); a report whose case cannot be opened is
 * tried again later, and after {@value #MAX_ATTEMPTS} attempts waits as {@link ReportStatus#FAILED}.
 */
@Entity
@Table(name = "birth_report")
public class BirthReport extends IdentifiedEntity {
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

    protected BirthReport() {
    }

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
        lastError = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
        if (attempts >= MAX_ATTEMPTS) {
            status = ReportStatus.FAILED;
            return;
        }
        nextAttemptAt = RETRIES.next(now, attempts);
    }
}

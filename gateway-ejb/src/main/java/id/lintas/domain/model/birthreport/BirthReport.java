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

    /** The case this report opened. */
    public void openedCase(long id, String number) {
        if (caseId != null) {
            throw new IllegalStateException("report " + reference + " already has case " + caseNumber);
        }
        caseId = id;
        caseNumber = Objects.requireNonNull(number);
    }
}

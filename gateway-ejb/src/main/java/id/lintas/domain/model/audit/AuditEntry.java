package id.lintas.domain.model.audit;

import id.lintas.domain.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log. Immutable once written: the application has no method that
 * changes it and the database refuses UPDATE and DELETE on the table.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends IdentifiedEntity {
    static final int DETAIL_MAX = 2000;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** The office the action concerns; empty when it cannot be known (a login with an unknown name). */
    @Column(name = "office_id", updatable = false)
    private Long officeId;

    @Column(nullable = false, length = 60, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private AuditAction action;

    @Column(length = 200, updatable = false)
    private String subject;

    @Column(length = DETAIL_MAX, updatable = false)
    private String detail;

    @Column(name = "remote_address", length = 64, updatable = false)
    private String remoteAddress;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, Long officeId, String actor, AuditAction action, String subject,
            String detail, String remoteAddress) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.officeId = officeId;
        this.actor = clip(Objects.requireNonNull(actor), 60);
        this.action = Objects.requireNonNull(action);
        this.subject = clip(subject, 200);
        this.detail = clip(detail, DETAIL_MAX);
        this.remoteAddress = clip(remoteAddress, 64);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Long officeId() {
        return officeId;
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }

    public String remoteAddress() {
        return remoteAddress;
    }
}

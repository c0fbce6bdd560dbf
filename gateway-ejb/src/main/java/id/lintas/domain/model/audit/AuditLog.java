package id.lintas.domain.model.audit;

import java.util.List;

/** The append-only audit log. */
public interface AuditLog {
    void append(AuditEntry entry);

    /** The newest entries of one office, newest first. */
    List<AuditEntry> recent(long officeId, int limit);
}

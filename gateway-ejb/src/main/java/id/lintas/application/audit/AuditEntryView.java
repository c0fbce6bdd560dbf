package id.lintas.application.audit;

import java.io.Serializable;
import java.time.Instant;

/** One audit entry as the admin sees it. */
public record AuditEntryView(long id, Instant occurredAt, String actor, String action, String subject, String detail,
        String remoteAddress) implements Serializable {
}

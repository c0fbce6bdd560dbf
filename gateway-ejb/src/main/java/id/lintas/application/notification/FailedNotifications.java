package id.lintas.application.notification;

import id.lintas.application.DeadLetterStore;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.notification.Notification;
import id.lintas.domain.model.notification.NotificationStatus;
import id.lintas.domain.model.office.Institution;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin's failed notifications: callbacks a partner refused or that kept failing, emails the
 * mail server would not take; replay (same event id, same body) or discard, both audited.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class FailedNotifications extends DeadLetterStore<Notification> {
    private static final Entries<Notification> NOTIFICATIONS = new Entries<>(Notification.class, "Notification",
            "notification.notFound");

    /** A dead notification: to whom, what, why. */
    public record FailedNotification(long id, String caseNumber, String channel, String event, String eventId,
            String receiver, int attempts, String error, String payload, Instant failedAt) implements Serializable {
    }

    /** The office's dead notifications, newest first. */
    public List<FailedNotification> list() {
        Map<Long, String> partners = new HashMap<>();
        return dead(NotificationStatus.DEAD).stream().map(n -> new FailedNotification(n.id(), n.caseNumber(),
                n.channel().name(), n.event(), n.eventId(), n.recipient().orElseGet(() -> partners.computeIfAbsent(
                        n.institutionId().orElseThrow(), id -> em.find(Institution.class, id).name())),
                n.attempts(), n.lastError().orElse(null), n.payload(), n.updatedAt())).toList();
    }

    @Override
    protected Entries<Notification> entries() {
        return NOTIFICATIONS;
    }

    @Override
    protected String describe(Notification n) {
        return "notification " + n.id() + " " + n.channel() + " " + n.event() + " event " + n.eventId();
    }
}

package id.lintas.application.notification;

import id.lintas.application.servicecase.ActorLookup;
import id.lintas.domain.model.audit.AuditAction;
import id.lintas.domain.model.audit.AuditEntry;
import id.lintas.domain.model.audit.AuditLog;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.notification.Notification;
import id.lintas.domain.model.notification.NotificationStatus;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The admin's failed notifications: callbacks a partner refused or that kept failing, emails the
 * mail server would not take; replay (same event id, same body) or discard, both audited.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class FailedNotifications {
    /** A dead notification: to whom, what, why. */
    public record FailedNotification(long id, String caseNumber, String channel, String event, String eventId,
            String receiver, int attempts, String error, String payload, Instant failedAt) implements Serializable {
    }

    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ActorLookup actors;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /** The office's dead notifications, newest first. */
    public List<FailedNotification> list() {
        Actor admin = actors.of(context);
        List<Notification> dead = em.createQuery("select n from Notification n where n.officeId = :o and n.status = :dead"
                + " order by n.updatedAt desc", Notification.class).setParameter("o", admin.officeId())
                .setParameter("dead", NotificationStatus.DEAD).setMaxResults(500).getResultList();
        java.util.Map<Long, String> partners = new java.util.HashMap<>();
        return dead.stream().map(n -> new FailedNotification(n.id(), n.caseNumber(), n.channel().name(), n.event(),
                n.eventId(), n.recipient().orElseGet(() -> partners.computeIfAbsent(n.institutionId().orElseThrow(),
                        this::partnerName)), n.attempts(), n.lastError().orElse(null), n.payload(), n.updatedAt())).toList();
    }

    /** Sends a dead notification again, with its own event id and body. */
    public void replay(long id) {
        Notification n = own(id);
        n.replay(clock.instant());
        record(AuditAction.DEAD_LETTER_REPLAYED, n);
    }

    /** Gives a dead notification up. */
    public void discard(long id) {
        Notification n = own(id);
        n.discard(clock.instant());
        record(AuditAction.DEAD_LETTER_DISCARDED, n);
    }

    private String partnerName(long institutionId) {
        return em.find(id.lintas.domain.model.office.Institution.class, institutionId).name();
    }

    private Notification own(long id) {
        Notification n = em.find(Notification.class, id);
        if (n == null || n.officeId() != actors.of(context).officeId()) {
            throw new BusinessException("notification.notFound");
        }
        return n;
    }

    private void record(AuditAction action, Notification n) {
        Actor admin = actors.of(context);
        audit.append(new AuditEntry(clock.instant(), admin.officeId(), admin.username(), action, n.caseNumber(),
                "notification " + n.id() + " " + n.channel() + " " + n.event() + " event " + n.eventId(), null));
    }
}

package id.lintas.application;

import id.lintas.application.servicecase.ActorLookup;
import id.lintas.domain.model.audit.AuditAction;
import id.lintas.domain.model.audit.AuditEntry;
import id.lintas.domain.model.audit.AuditLog;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.DeadLetter;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * What the admin's dead-letter stores share (SIAK submissions, notifications, birth reports whose
 * case could not be opened, courier legs that could not be booked, WhatsApp messages given up,
 * emailed applications that could not be decided): the entries of the admin's own office only,
 * newest first; replay and discard, each audited with the entry's case number (or its own
 * reference). The entry itself decides whether it can be replayed or discarded.
 *
 * @param <E> the dead entry
 */
@RolesAllowed(Role.Names.ADMIN)
public abstract class DeadLetterStore<E extends DeadLetter> {
    @PersistenceContext(unitName = "lintas")
    protected EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ActorLookup actors;

    @Resource
    SessionContext context;

    protected Clock clock = Clock.systemUTC();

    /**
     * How the entries are found: their entity, the message key of an entry not found, what more a
     * dead one is than its dead status (JPQL on {@code x}, e.g. not yet given up), and the attribute
     * telling when it died.
     */
    public record Entries<E>(Class<E> type, String entity, String notFoundKey, String stillWaiting, String diedAt) {
        /** An outbox's: dead is dead, and the last change is when. */
        public Entries(Class<E> type, String entity, String notFoundKey) {
            this(type, entity, notFoundKey, "", "updatedAt");
        }
    }

    protected abstract Entries<E> entries();

    /** What the audit entry says of the entry: its id and its key or event. */
    protected abstract String describe(E entry);

    /** The admin's office. */
    protected long officeId() {
        return actors.of(context).officeId();
    }

    /** The office's dead entries, newest first (at most 500). */
    protected List<E> dead(Object deadStatus) {
        Entries<E> e = entries();
        return em.createQuery("select x from " + e.entity() + " x where x.officeId = :o and x.status = :dead"
                + (e.stillWaiting().isEmpty() ? "" : " and " + e.stillWaiting()) + " order by x." + e.diedAt() + " desc", e.type()).setParameter("o", actors.of(context).officeId())
                .setParameter("dead", deadStatus).setMaxResults(500).getResultList();
    }

    /** Sends a dead entry again, as it was (the same idempotency key or event id). */
    public void replay(long id) {
        E entry = own(id);
        entry.replay(clock.instant());
        record(AuditAction.DEAD_LETTER_REPLAYED, entry);
    }

    /** Gives a dead entry up. */
    public void discard(long id) {
        E entry = own(id);
        entry.discard(clock.instant());
        record(AuditAction.DEAD_LETTER_DISCARDED, entry);
    }

    private E own(long id) {
        E entry = em.find(entries().type(), id);
        if (entry == null || entry.officeId() != actors.of(context).officeId()) {
            throw new BusinessException(entries().notFoundKey());
        }
        return entry;
    }

    private void record(AuditAction action, E entry) {
        Actor admin = actors.of(context);
        audit.append(new AuditEntry(clock.instant(), admin.officeId(), admin.username(), action, entry.auditSubject(),
                describe(entry), null));
    }
}

package id.lintas.application.siak;

import id.lintas.application.servicecase.ActorLookup;
import id.lintas.domain.model.audit.AuditAction;
import id.lintas.domain.model.audit.AuditEntry;
import id.lintas.domain.model.audit.AuditLog;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.model.siak.SiakSubmission;
import id.lintas.domain.model.siak.SubmissionStatus;
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

/** The admin's dead-letter store of SIAK submissions: what SIAK refused or what kept failing; replay or discard, audited. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DeadLetters {
    /** A dead submission with its payload and its error. */
    public record DeadLetter(long id, String caseNumber, String kind, int attempts, String error, String payload,
            Instant failedAt) implements Serializable {
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

    /** The office's dead submissions, newest first. */
    public List<DeadLetter> list() {
        Actor admin = actors.of(context);
        return em.createQuery("select s from SiakSubmission s where s.officeId = :o and s.status = :dead order by s.updatedAt desc",
                SiakSubmission.class).setParameter("o", admin.officeId()).setParameter("dead", SubmissionStatus.DEAD)
                .setMaxResults(500).getResultList().stream()
                .map(s -> new DeadLetter(s.id(), s.caseNumber(), s.kind().name(), s.attempts(), s.lastError().orElse(null),
                        s.payload(), s.updatedAt()))
                .toList();
    }

    /** Sends a dead submission again, with its own idempotency key. */
    public void replay(long id) {
        SiakSubmission s = own(id);
        s.replay(clock.instant());
        record(AuditAction.DEAD_LETTER_REPLAYED, s);
    }

    /** Gives a dead submission up. */
    public void discard(long id) {
        SiakSubmission s = own(id);
        s.discard(clock.instant());
        record(AuditAction.DEAD_LETTER_DISCARDED, s);
    }

    private SiakSubmission own(long id) {
        SiakSubmission s = em.find(SiakSubmission.class, id);
        if (s == null || s.officeId() != actors.of(context).officeId()) {
            throw new BusinessException("siak.submission.notFound");
        }
        return s;
    }

    private void record(AuditAction action, SiakSubmission s) {
        Actor admin = actors.of(context);
        audit.append(new AuditEntry(clock.instant(), admin.officeId(), admin.username(), action, s.caseNumber(),
                "submission " + s.id() + " key " + s.idempotencyKey(), null));
    }
}

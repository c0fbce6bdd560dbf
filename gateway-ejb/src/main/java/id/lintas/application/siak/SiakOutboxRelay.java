package id.lintas.application.siak;

import id.lintas.domain.model.siak.SiakSubmission;
import id.lintas.infrastructure.integration.siak.SiakGateway;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Delivers the SIAK outbox: takes due entries it can lock ({@code FOR UPDATE SKIP LOCKED}, so
 * several instances share the work without waiting or sending one entry twice), sends each
 * through the gateway and records the outcome. When SIAK fails, the rest of the batch waits for
 * its next turn instead of failing one by one.
 */
@Stateless
public class SiakOutboxRelay {
    public static final int BATCH = 50;

    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @EJB
    SiakGateway gateway;

    Clock clock = Clock.systemUTC();

    /** Delivers one batch of due entries; returns how many were handled (0 when nothing was due). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deliverDue() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from siak_submission where status = 'WAITING'"
                + " and next_attempt_at <= ?1 order by next_attempt_at, id limit " + BATCH + " for update skip locked")
                .setParameter(1, java.sql.Timestamp.from(clock.instant())).getResultList();
        int handled = 0;
        for (Number id : ids) {
            SiakSubmission submission = em.find(SiakSubmission.class, id.longValue());
            SiakGateway.SubmitOutcome outcome = gateway.submitDraft(submission.idempotencyKey(), submission.payload());
            Instant now = clock.instant();
            handled++;
            switch (outcome.result()) {
                case ACCEPTED -> submission.accepted(outcome.draftId(), now);
                case REFUSED -> submission.refused(outcome.error(), now);
                case FAILED_FOR_NOW -> {
                    submission.failedForNow(outcome.error(), now);
                    return handled; // SIAK is failing: the others keep their turn
                }
            }
        }
        return handled;
    }
}

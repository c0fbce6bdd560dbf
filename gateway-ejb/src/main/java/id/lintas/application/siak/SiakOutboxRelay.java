package id.lintas.application.siak;

import id.lintas.domain.model.siak.SiakSubmission;
import id.lintas.domain.model.siak.SubmissionStatus;
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
 * through the gateway and records the outcome; then asks SIAK about the drafts it accepted until
 * they are numbered. When SIAK fails, the rest of the batch waits for
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
        List<Number> ids = lockDue(SubmissionStatus.WAITING);
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

    /**
     * Asks SIAK about one batch of accepted drafts that are due: records the numbers of those SIAK
     * has numbered, sends again those it no longer knows, and backs off on the others. Returns
     * how many were asked about.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int pollAccepted() {
        List<Number> ids = lockDue(SubmissionStatus.ACCEPTED);
        int asked = 0;
        for (Number id : ids) {
            SiakSubmission submission = em.find(SiakSubmission.class, id.longValue());
            SiakGateway.DraftOutcome outcome = gateway.draftState(submission.draftId().orElseThrow());
            Instant now = clock.instant();
            asked++;
            switch (outcome.result()) {
                case NUMBERED -> submission.numbered(outcome.numbers(), now);
                case PENDING -> submission.notNumberedYet(null, now);
                case REJECTED -> submission.rejected(outcome.reason(), now);
                case UNKNOWN_DRAFT -> submission.draftUnknown(outcome.reason(), now);
                case FAILED_FOR_NOW -> {
                    submission.notNumberedYet(outcome.reason(), now);
                    return asked; // SIAK is failing: the others keep their turn
                }
            }
        }
        return asked;
    }

    /** The due entries in {@code status} this instance can lock, oldest first; another instance skips them. */
    @SuppressWarnings("unchecked")
    private List<Number> lockDue(SubmissionStatus status) {
        return em.createNativeQuery("select id from siak_submission where status = ?1 and next_attempt_at <= ?2"
                + " order by next_attempt_at, id limit " + BATCH + " for update skip locked")
                .setParameter(1, status.name()).setParameter(2, java.sql.Timestamp.from(clock.instant())).getResultList();
    }
}

package id.lintas.application.courier;

import id.lintas.domain.model.courier.Shipment;
import id.lintas.domain.service.CourierService;
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
 * Books the courier legs that are due and cancels the orders nobody needs any more (the case left
 * the step, or the office's courier delivered the file first): takes the due ones it can
 * lock ({@code FOR UPDATE SKIP LOCKED}, so several instances share the work and none books a leg
 * twice; the courier's report of a booking in progress waits for the lock), calls the courier and
 * records the outcome. When the courier fails, the rest of the batch waits for its next turn.
 */
@Stateless
public class CourierRelay {
    public static final int BATCH = 10;

    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @EJB
    CourierService courier;

    Clock clock = Clock.systemUTC();

    /** Books (or cancels) one batch of due legs; returns how many were handled (0 when none was due). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deliverDue() {
        int handled = 0;
        for (Number id : lockDue()) {
            Shipment shipment = em.find(Shipment.class, id.longValue());
            handled++;
            CourierService.Outcome outcome;
            String error;
            if (!shipment.isOrderToCancel()) {
                CourierService.Booking booking = courier.book(shipment);
                outcome = booking.outcome();
                error = booking.error();
                if (outcome == CourierService.Outcome.DONE) {
                    shipment.booked(booking.order(), clock.instant());
                }
            } else {
                CourierService.Cancellation cancellation = courier.cancel(shipment);
                outcome = cancellation.outcome();
                error = cancellation.error();
                if (outcome == CourierService.Outcome.DONE) {
                    shipment.cancelled(clock.instant());
                }
            }
            Instant now = clock.instant();
            if (outcome == CourierService.Outcome.REFUSED) {
                shipment.refused(error, now);
            } else if (outcome == CourierService.Outcome.FAILED_FOR_NOW) {
                shipment.failedForNow(error, now);
                return handled; // the courier is failing: the others keep their turn
            }
        }
        return handled;
    }

    /** The due legs this instance can lock, oldest first; another instance skips them. */
    @SuppressWarnings("unchecked")
    private List<Number> lockDue() {
        return em.createNativeQuery("select id from courier_shipment where (status in ('WAITING', 'CANCELLING') or cancel_order)"
                + " and next_attempt_at <= ?1 order by next_attempt_at, id limit " + BATCH + " for update skip locked")
                .setParameter(1, java.sql.Timestamp.from(clock.instant())).getResultList();
    }
}

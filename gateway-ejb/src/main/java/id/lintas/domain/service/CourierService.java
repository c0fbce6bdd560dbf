package id.lintas.domain.service;

import id.lintas.domain.model.courier.CourierOrder;
import id.lintas.domain.model.courier.Shipment;

/**
 * The courier company, as the office needs it: book a courier leg, cancel one. Calls never throw;
 * each says how it ended. Implemented by the Camel gateway to the courier's API.
 */
public interface CourierService {
    /** How a call ended: done, failed for now (try again later), or refused (trying again cannot help). */
    enum Outcome { DONE, FAILED_FOR_NOW, REFUSED }

    /** A booking's outcome: the courier's order when done, the error otherwise. */
    record Booking(Outcome outcome, CourierOrder order, String error) {
    }

    /** A cancellation's outcome: the error when not done. */
    record Cancellation(Outcome outcome, String error) {
    }

    /** Books the leg (with its idempotency key: a booking sent again finds the same order). */
    Booking book(Shipment shipment);

    /** Cancels the leg's booked order. */
    Cancellation cancel(Shipment shipment);
}

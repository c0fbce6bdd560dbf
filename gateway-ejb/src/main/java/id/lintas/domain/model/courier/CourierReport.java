package id.lintas.domain.model.courier;

import java.time.Instant;
import java.util.Objects;

/**
 * One status report of the courier company about an order, as the domain understands it: the
 * courier's event id (the same on every redelivery of the report), the order it concerns, the
 * status it means for the file, when it happened, the driver, the courier's note and, on
 * delivery, the proof. Translated from the courier's own JSON by the infrastructure.
 */
public record CourierReport(String eventId, String orderId, String trackingId, ShipmentStatus status, Instant at,
        Driver driver, String note, ProofOfDelivery proof) {

    /** The courier's driver who has (or will collect) the file. */
    public record Driver(String name, String phone) {
        public Driver {
            name = Texts.clip(name, 120);
            phone = Texts.clip(phone, 30);
        }
    }

    public CourierReport {
        if (eventId == null || eventId.isBlank() || eventId.length() > 100) {
            throw new IllegalArgumentException("a courier event id of 1-100 characters, not " + eventId);
        }
        eventId = eventId.strip();
        orderId = Texts.clip(orderId, 60);
        if (orderId == null) {
            throw new IllegalArgumentException("a courier's report names its order");
        }
        trackingId = Texts.clip(trackingId, 60);
        Objects.requireNonNull(status, "status");
        if (!status.isReportable()) {
            throw new IllegalArgumentException("a courier does not report " + status);
        }
        Objects.requireNonNull(at, "at");
        note = Texts.clip(note, 500);
    }
}

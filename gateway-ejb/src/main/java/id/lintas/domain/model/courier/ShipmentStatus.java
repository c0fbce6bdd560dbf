package id.lintas.domain.model.courier;

/**
 * Where a courier leg stands. A shipment moves forward along {@code WAITING → BOOKED → PICKED_UP →
 * IN_TRANSIT → DELIVERED}, never back; it may stop {@code CANCELLED} (the case left the step before
 * the file was collected) or {@code DEAD} (the booking kept failing or was refused: a person carries
 * the file and confirms it in the portal).
 */
public enum ShipmentStatus {
    /** To be booked with the courier at its next attempt time. */
    WAITING(0),
    /** The courier has the order (and sends a driver): the file is still where it is collected. */
    BOOKED(1),
    /** The driver has the file. */
    PICKED_UP(2),
    /** The driver is on the way to the destination. */
    IN_TRANSIT(3),
    /** Handed over at the destination. */
    DELIVERED(4),
    /** The case left the step before the pickup: the courier's order is to be cancelled. */
    CANCELLING(-1),
    /** No trip: never booked, or the courier cancelled the order. */
    CANCELLED(-1),
    /** Booking failed too often, or the courier refused the order or its cancellation: a person takes over. */
    DEAD(-1);

    private final int progress;

    ShipmentStatus(int progress) {
        this.progress = progress;
    }

    /** Whether the file is somewhere between booking and delivery (or not booked yet). */
    public boolean isUnderway() {
        return progress >= 0 && this != DELIVERED;
    }

    /** Whether this is further along the trip than {@code other} (both on the trip's way, WAITING to DELIVERED). */
    public boolean isAfter(ShipmentStatus other) {
        return progress >= 0 && progress > other.progress;
    }

    /** Whether a courier's report or a custody record may say it: the trip's own statuses and a cancellation. */
    public boolean isReportable() {
        return this == CANCELLED || progress > 0;
    }
}

package id.lintas.application.courier;

import id.lintas.application.DeadLetterStore;
import id.lintas.domain.model.courier.Shipment;
import id.lintas.domain.model.courier.ShipmentStatus;
import id.lintas.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The admin's dead courier legs: bookings the courier refused or that kept failing, cancellations
 * it would not take. Replay: booked again under the same idempotency key (or its order's
 * cancellation tried again); discard: left to the office's courier, who confirms the trip in the
 * portal. Both audited.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DeadShipments extends DeadLetterStore<Shipment> {
    private static final Entries<Shipment> SHIPMENTS = new Entries<>(Shipment.class, "Shipment", "courier.shipment.notFound",
            "x.discardedAt is null", "updatedAt");

    /** A dead leg: its case and step, from where to where, the courier's reference and order, why, since when. */
    public record DeadShipment(long id, String caseNumber, String stepKey, String leg, String from, String to,
            String referenceId, String orderId, int attempts, String error, Instant failedAt) implements Serializable {
    }

    /** The office's dead legs nobody left to the office's courier yet, newest first. */
    public List<DeadShipment> list() {
        return dead(ShipmentStatus.DEAD).stream().map(s -> new DeadShipment(s.id(), s.caseNumber(), s.stepKey(), s.leg().name(),
                s.from().name(), s.to().name(), s.referenceId(), s.orderId().orElse(null), s.attempts(),
                s.lastError().orElse(null), s.updatedAt())).toList();
    }

    @Override
    protected Entries<Shipment> entries() {
        return SHIPMENTS;
    }

    @Override
    protected String describe(Shipment s) {
        return "courier leg " + s.id() + " " + s.referenceId() + " key " + s.idempotencyKey()
                + s.orderId().map(o -> " order " + o).orElse("");
    }
}

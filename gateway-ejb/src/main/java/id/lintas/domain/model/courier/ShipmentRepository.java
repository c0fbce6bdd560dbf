package id.lintas.domain.model.courier;

import java.util.List;
import java.util.Optional;

/** The courier legs of cases. */
public interface ShipmentRepository {
    /** The courier leg of a case at one step, if it has one. */
    Optional<Shipment> of(long caseId, String stepKey);

    /**
     * The courier leg of a case at one step, locked until the end of the transaction, for a user's
     * change: a booking in progress finishes first, and the change starts from what it left.
     */
    Optional<Shipment> lock(long caseId, String stepKey);

    /** A case's courier legs, in the order they were arranged. */
    List<Shipment> ofCase(long caseId);

    /**
     * The courier leg whose order has this reference, locked until the end of the transaction:
     * a report waits for a booking still in progress, and two reports of one order take turns.
     */
    Optional<Shipment> lockByReference(String referenceId);

    void store(Shipment shipment);
}

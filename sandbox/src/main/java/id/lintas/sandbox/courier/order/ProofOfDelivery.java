package id.lintas.sandbox.courier.order;

import java.time.Instant;

/** Who received a delivered package, when, the driver's note and where the photo is. */
public record ProofOfDelivery(String recipientName, Instant receivedAt, String note, String photoUrl) {
}

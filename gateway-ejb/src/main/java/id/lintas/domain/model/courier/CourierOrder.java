package id.lintas.domain.model.courier;

/**
 * What the courier company gave for a booking: its order id, the tracking id the public can follow
 * and the waybill (<i>resi</i>) number printed on the package.
 */
public record CourierOrder(String orderId, String trackingId, String waybillId) {
    public CourierOrder {
        if (orderId == null || orderId.isBlank() || orderId.length() > 60) {
            throw new IllegalArgumentException("a courier order id of 1-60 characters, not " + orderId);
        }
        trackingId = Texts.clip(trackingId, 60);
        waybillId = Texts.clip(waybillId, 60);
    }
}

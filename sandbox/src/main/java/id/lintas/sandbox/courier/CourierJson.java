package id.lintas.sandbox.courier;

import id.lintas.sandbox.SandboxServer;
import id.lintas.sandbox.courier.order.Driver;
import id.lintas.sandbox.courier.order.Order;
import id.lintas.sandbox.courier.order.OrderRequest;
import id.lintas.sandbox.courier.order.ProofOfDelivery;
import id.lintas.sandbox.http.Json;
import id.lintas.sandbox.http.Reply;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Orders, trackings and webhook events in the courier's JSON: snake_case members, times in
 * ISO-8601 at +07:00 (Asia/Jakarta) to the second, absent values as JSON {@code null}.
 */
final class CourierJson {
    static final String STATUS_EVENT = "order.status";

    private CourierJson() {
    }

    /** {@code {"success":true,"<member>":{...}}} with {@code status}. */
    static Reply success(int status, String member, JsonObject value) {
        return Reply.json(status, Json.object().add("success", true).add(member, value).build());
    }

    /** An order with everything the caller sent, its numbers, price, driver, proof and full history. */
    static JsonObject order(Order order) {
        Order.State state = order.state();
        OrderRequest request = order.request();
        JsonObjectBuilder json = Json.object()
                .add("id", order.id())
                .add("reference_id", request.referenceId())
                .add("status", state.status().wire())
                .add("service_type", request.serviceType().wire())
                .add("tracking_id", order.trackingId())
                .add("waybill_id", order.waybillId())
                .add("price", order.quote().price())
                .add("currency", "IDR");
        if (order.quote().distanceKm() == null) {
            json.addNull("distance_km");
        } else {
            json.add("distance_km", order.quote().distanceKm());
        }
        json.add("pickup", place(request.pickup()))
                .add("destination", place(request.destination()))
                .add("items", items(request))
                .add("pickup_window", request.pickupWindow() == null ? JsonValue.NULL
                        : Json.object().add("start", time(request.pickupWindow().start()))
                                .add("end", time(request.pickupWindow().end())).build());
        Json.put(json, "callback_url", request.callbackUrl() == null ? null : request.callbackUrl().toString());
        json.add("courier", driver(state.driver()))
                .add("proof_of_delivery", proof(state.proof()));
        Json.put(json, "cancellation_reason", state.cancellationReason());
        return json.add("history", history(state))
                .add("created_at", time(order.createdAt()))
                .add("updated_at", time(state.latest().at()))
                .build();
    }

    /** What {@code GET /trackings/{id}} shows: status, driver, proof and history, no order details. */
    static JsonObject tracking(Order order) {
        Order.State state = order.state();
        return Json.object()
                .add("id", order.trackingId())
                .add("order_id", order.id())
                .add("reference_id", order.request().referenceId())
                .add("waybill_id", order.waybillId())
                .add("status", state.status().wire())
                .add("courier", driver(state.driver()))
                .add("proof_of_delivery", proof(state.proof()))
                .add("history", history(state))
                .add("updated_at", time(state.latest().at()))
                .build();
    }

    /** The webhook of one change: {@code state} is the order just after it. */
    static JsonObject event(Order order, Order.State state) {
        Order.Change change = state.latest();
        return Json.object()
                .add("event", STATUS_EVENT)
                .add("order_id", order.id())
                .add("reference_id", order.request().referenceId())
                .add("tracking_id", order.trackingId())
                .add("status", change.status().wire())
                .add("note", change.note())
                .add("courier", driver(state.driver()))
                .add("proof_of_delivery", proof(state.proof()))
                .add("updated_at", time(change.at()))
                .build();
    }

    static String time(Instant instant) {
        return time(OffsetDateTime.ofInstant(instant, SandboxServer.ZONE));
    }

    private static String time(OffsetDateTime time) {
        return time.atZoneSameInstant(SandboxServer.ZONE).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static JsonObject place(OrderRequest.Place place) {
        JsonObjectBuilder json = Json.object()
                .add("contact_name", place.contactName())
                .add("contact_phone", place.contactPhone())
                .add("address", place.address());
        Json.put(json, "note", place.note());
        return json.add("coordinate", place.coordinate() == null ? JsonValue.NULL : Json.object()
                .add("latitude", place.coordinate().latitude()).add("longitude", place.coordinate().longitude()).build())
                .build();
    }

    private static JsonArrayBuilder items(OrderRequest request) {
        JsonArrayBuilder items = Json.array();
        for (OrderRequest.Item item : request.items()) {
            JsonObjectBuilder json = Json.object().add("name", item.name());
            Json.put(json, "description", item.description());
            items.add(json.add("quantity", item.quantity()).add("weight_grams", item.weightGrams()));
        }
        return items;
    }

    private static JsonValue driver(Driver driver) {
        return driver == null ? JsonValue.NULL : Json.object().add("name", driver.name()).add("phone", driver.phone())
                .add("vehicle_number", driver.vehicleNumber()).build();
    }

    private static JsonValue proof(ProofOfDelivery proof) {
        return proof == null ? JsonValue.NULL : Json.object().add("recipient_name", proof.recipientName())
                .add("received_at", time(proof.receivedAt())).add("note", proof.note()).add("photo_url", proof.photoUrl()).build();
    }

    private static JsonArrayBuilder history(Order.State state) {
        JsonArrayBuilder history = Json.array();
        for (Order.Change change : state.history()) {
            history.add(Json.object().add("status", change.status().wire()).add("note", change.note())
                    .add("updated_at", time(change.at())));
        }
        return history;
    }
}

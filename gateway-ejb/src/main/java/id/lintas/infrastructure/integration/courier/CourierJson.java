package id.lintas.infrastructure.integration.courier;

import id.lintas.domain.model.courier.CourierOrder;
import id.lintas.domain.model.courier.CourierReport;
import id.lintas.domain.model.courier.ProofOfDelivery;
import id.lintas.domain.model.courier.Shipment;
import id.lintas.domain.model.courier.ShipmentStatus;
import id.lintas.domain.shared.Jsons;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Translates between the courier company's JSON (snake_case members, ISO-8601 times with their
 * offset, {@code {"success":..., "order"|"error":...}}) and the domain: the order the office
 * books, the order the courier answers, its status webhooks, its refusals.
 */
public final class CourierJson {
    /** What the courier's order statuses mean for the file. */
    private static final Map<String, ShipmentStatus> STATUSES = Map.of(
            "confirmed", ShipmentStatus.BOOKED, "allocated", ShipmentStatus.BOOKED, "picking_up", ShipmentStatus.BOOKED,
            "picked_up", ShipmentStatus.PICKED_UP, "dropping_off", ShipmentStatus.IN_TRANSIT,
            "delivered", ShipmentStatus.DELIVERED, "cancelled", ShipmentStatus.CANCELLED);
    /** A map of papers in an envelope. */
    static final int FILE_WEIGHT_GRAMS = 500;

    private CourierJson() {
    }

    /** The body of {@code POST /orders} for a courier leg: same day, the file as the one item, the webhook to report to. */
    public static String order(Shipment shipment, String callbackUrl) {
        return Jsons.createObjectBuilder()
                .add("reference_id", shipment.referenceId())
                .add("service_type", "same_day")
                .add("pickup", place(shipment.from()))
                .add("destination", place(shipment.to()))
                .add("items", Jsons.createArrayBuilder().add(Jsons.createObjectBuilder()
                        .add("name", shipment.item())
                        .add("description", switch (shipment.leg()) {
                            case PICKUP -> "Berkas permohonan";
                            case RETURN -> "Dokumen kependudukan yang sudah ditandatangani";
                            case DELIVERY -> "KIA/KTP-el untuk pemohon";
                        })
                        .add("quantity", 1).add("weight_grams", FILE_WEIGHT_GRAMS)))
                .add("callback_url", callbackUrl)
                .build().toString();
    }

    private static JsonObjectBuilder place(Shipment.Contact contact) {
        JsonObjectBuilder place = Jsons.createObjectBuilder().add("contact_name", clip(contact.name(), 100));
        if (contact.phone() != null) {
            place.add("contact_phone", contact.phone());
        }
        if (contact.address() != null) {
            place.add("address", contact.address());
        }
        return place;
    }

    /** The body of {@code POST /orders/{id}/cancel}. */
    public static String cancellation(Shipment shipment) {
        String why = shipment.isCarriedByOfficeCourier() ? "sudah diambil kurir kantor"
                : shipment.status() == ShipmentStatus.DELIVERED ? "sudah diantar kurir kantor sebelum dijemput"
                : "perkara meninggalkan langkah " + shipment.stepKey() + " sebelum dijemput";
        return Jsons.createObjectBuilder().add("reason", "Berkas " + shipment.caseNumber() + " tidak jadi dibawa: " + why).build()
                .toString();
    }

    /** The order in the courier's answer to a booking: {@code {"success":true,"order":{"id",...}}}. */
    public static CourierOrder bookedOrder(String answer) {
        JsonObject order = parse(answer).getJsonObject("order");
        if (order == null) {
            throw new IllegalArgumentException("the courier's answer has no order: " + answer);
        }
        return new CourierOrder(text(order, "id"), text(order, "tracking_id"), text(order, "waybill_id"));
    }

    /** A status webhook: the order reference it names and the report it makes. */
    public record StatusEvent(String referenceId, CourierReport report) {
    }

    /**
     * A status webhook ({@code order.status}) as the report it is, with the event id of its
     * {@code X-Courier-Event-Id} header.
     *
     * @throws IllegalArgumentException when the body is not such an event
     */
    public static StatusEvent statusEvent(byte[] body, String eventId) {
        JsonObject event;
        try (JsonReader reader = Jsons.createReader(new ByteArrayInputStream(body))) {
            event = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
        }
        String reference = text(event, "reference_id");
        if (reference == null) {
            throw new IllegalArgumentException("the report names no reference_id");
        }
        String status = text(event, "status");
        ShipmentStatus meaning = status == null ? null : STATUSES.get(status.toLowerCase(Locale.ROOT));
        if (meaning == null) {
            throw new IllegalArgumentException("unknown courier status " + status);
        }
        JsonObject driver = object(event, "courier");
        JsonObject proof = object(event, "proof_of_delivery");
        return new StatusEvent(reference, new CourierReport(eventId, text(event, "order_id"), text(event, "tracking_id"), meaning,
                time(text(event, "updated_at")),
                driver == null ? null : new CourierReport.Driver(text(driver, "name"), text(driver, "phone")),
                text(event, "note"),
                proof == null ? null : new ProofOfDelivery(text(proof, "recipient_name"), text(proof, "photo_url"))));
    }

    /** The courier's own words for a refusal: {@code code: message} and each detail, or the raw body. */
    public static String refusal(String body) {
        try {
            JsonObject error = parse(body).getJsonObject("error");
            if (error == null) {
                return body;
            }
            StringBuilder s = new StringBuilder(String.valueOf(text(error, "code"))).append(": ").append(text(error, "message"));
            if (error.get("details") instanceof jakarta.json.JsonArray details) {
                for (JsonValue d : details) {
                    if (d instanceof JsonObject detail) {
                        s.append("; ").append(text(detail, "field")).append(' ').append(text(detail, "message"));
                    }
                }
            }
            return s.toString();
        } catch (RuntimeException notJson) {
            return body;
        }
    }

    private static Instant time(String iso) {
        if (iso == null) {
            throw new IllegalArgumentException("the report has no updated_at");
        }
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("updated_at is not an ISO-8601 time with offset: " + iso, e);
        }
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static JsonObject object(JsonObject o, String name) {
        return o.get(name) instanceof JsonObject nested ? nested : null;
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return v.getValueType() == JsonValue.ValueType.STRING ? o.getString(name) : v.toString();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}

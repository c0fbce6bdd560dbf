package id.lintas.infrastructure.integration.courier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.model.courier.CourierOrder;
import id.lintas.domain.model.courier.CourierReport;
import id.lintas.domain.model.courier.ShipmentStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The courier's JSON and the domain: the order the office books, the answer, the status webhooks, refusals. */
class CourierJsonTest {
    private static final String EVENT = """
            {"event":"order.status","order_id":"ORD-00000001","reference_id":"3316-SELINTAS-2026-000017-PICKUP",
             "tracking_id":"TRK3F9A1C0B77D2","status":"%s","note":"Driver allocated: Budi Santoso (K 1234 AB)",
             "courier":{"name":"Budi Santoso","phone":"+6281212345678","vehicle_number":"K 1234 AB"},
             "proof_of_delivery":%s,"updated_at":"2026-05-21T09:03:00+07:00"}
            """;

    private static CourierJson.StatusEvent event(String status, String proof) {
        return CourierJson.statusEvent(EVENT.formatted(status, proof).getBytes(StandardCharsets.UTF_8), "EVT-00000002");
    }

    @Test
    void aBookingIsASameDayOrderOfTheFileWithBothEndsAndTheWebhook() {
        JsonObject order = Json.createReader(new StringReader(
                CourierJson.order(CourierRoutesTest.leg("(0296) 531004"), "http://localhost:8080/api/v1/courier/events"))).readObject();
        assertThat(order.getString("reference_id")).isEqualTo("3316-SELINTAS-2026-000017-PICKUP");
        assertThat(order.getString("service_type")).isEqualTo("same_day");
        assertThat(order.getJsonObject("pickup").getString("contact_name")).isEqualTo("RSUD dr. R. Soetijono Blora");
        assertThat(order.getJsonObject("pickup").getString("contact_phone")).isEqualTo("(0296) 531004");
        assertThat(order.getJsonObject("pickup").getString("address")).isEqualTo("Jl. Dr. Sutomo No. 42, Blora");
        assertThat(order.getJsonObject("destination").getString("contact_name")).isEqualTo("Dinas Dukcapil Kabupaten Blora");
        JsonObject item = order.getJsonArray("items").getJsonObject(0);
        assertThat(item.getString("name")).isEqualTo("Berkas SELINTAS 3316-SELINTAS-2026-000017");
        assertThat(item.getInt("quantity")).isEqualTo(1);
        assertThat(item.getInt("weight_grams")).isEqualTo(500);
        assertThat(order.getString("callback_url")).isEqualTo("http://localhost:8080/api/v1/courier/events");
        assertThat(Json.createReader(new StringReader(CourierJson.order(CourierRoutesTest.leg(null), "http://x/y"))).readObject()
                .getJsonObject("pickup").containsKey("contact_phone")).as("no phone known: none sent").isFalse();
    }

    @Test
    void theCouriersAnswerGivesTheOrderTrackingAndWaybill() {
        assertThat(CourierJson.bookedOrder("{\"success\":true,\"order\":{\"id\":\"ORD-00000007\",\"status\":\"confirmed\","
                + "\"tracking_id\":\"TRKA1B2C3D4E5F6\",\"waybill_id\":\"SDX2611230007\",\"price\":15000}}"))
                .isEqualTo(new CourierOrder("ORD-00000007", "TRKA1B2C3D4E5F6", "SDX2611230007"));
        assertThatThrownBy(() -> CourierJson.bookedOrder("{\"success\":true}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStatusWebhookIsAReportOfWhereTheFileIs() {
        CourierJson.StatusEvent allocated = event("allocated", "null");
        assertThat(allocated.referenceId()).isEqualTo("3316-SELINTAS-2026-000017-PICKUP");
        CourierReport report = allocated.report();
        assertThat(report.eventId()).isEqualTo("EVT-00000002");
        assertThat(report.orderId()).isEqualTo("ORD-00000001");
        assertThat(report.trackingId()).isEqualTo("TRK3F9A1C0B77D2");
        assertThat(report.status()).isEqualTo(ShipmentStatus.BOOKED);
        assertThat(report.at()).isEqualTo(Instant.parse("2026-05-21T02:03:00Z"));
        assertThat(report.driver()).isEqualTo(new CourierReport.Driver("Budi Santoso", "+6281212345678"));
        assertThat(report.note()).isEqualTo("Driver allocated: Budi Santoso (K 1234 AB)");
        assertThat(report.proof()).isNull();
    }

    @Test
    void eachCourierStatusMeansAPointOfTheTrip() {
        assertThat(event("confirmed", "null").report().status()).isEqualTo(ShipmentStatus.BOOKED);
        assertThat(event("picking_up", "null").report().status()).isEqualTo(ShipmentStatus.BOOKED);
        assertThat(event("picked_up", "null").report().status()).isEqualTo(ShipmentStatus.PICKED_UP);
        assertThat(event("dropping_off", "null").report().status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
        assertThat(event("cancelled", "null").report().status()).isEqualTo(ShipmentStatus.CANCELLED);
        CourierReport delivered = event("delivered", "{\"recipient_name\":\"Petugas loket Dukcapil\","
                + "\"received_at\":\"2026-05-21T10:00:00+07:00\",\"note\":\"Diterima\","
                + "\"photo_url\":\"http://127.0.0.1:8090/courier/v1/orders/ORD-00000001/proof-of-delivery.png\"}").report();
        assertThat(delivered.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(delivered.proof().recipientName()).isEqualTo("Petugas loket Dukcapil");
        assertThat(delivered.proof().photoUrl()).endsWith("/proof-of-delivery.png");
    }

    @Test
    void whatIsNotAStatusReportIsRefused() {
        assertThatThrownBy(() -> event("lost_in_space", "null")).hasMessageContaining("unknown courier status lost_in_space");
        assertThatThrownBy(() -> CourierJson.statusEvent("{\"status\":".getBytes(StandardCharsets.UTF_8), "EVT-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a JSON object");
        assertThatThrownBy(() -> CourierJson.statusEvent("[]".getBytes(StandardCharsets.UTF_8), "EVT-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CourierJson.statusEvent("{\"status\":\"delivered\",\"updated_at\":\"2026-05-21T10:00:00+07:00\"}"
                .getBytes(StandardCharsets.UTF_8), "EVT-1")).hasMessageContaining("reference_id");
        assertThatThrownBy(() -> CourierJson.statusEvent(EVENT.formatted("delivered", "null").replace("2026-05-21T09:03:00+07:00",
                "kemarin").getBytes(StandardCharsets.UTF_8), "EVT-1")).hasMessageContaining("updated_at");
        assertThatThrownBy(() -> CourierJson.statusEvent(EVENT.formatted("delivered", "null").getBytes(StandardCharsets.UTF_8), null))
                .as("no event id").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefusalReadsAsTheCouriersCodeMessageAndDetails() {
        assertThat(CourierJson.refusal("{\"success\":false,\"error\":{\"code\":\"order_not_cancellable\","
                + "\"message\":\"Order ORD-1 is picked_up\"}}")).isEqualTo("order_not_cancellable: Order ORD-1 is picked_up");
        assertThat(CourierJson.refusal("<html>Bad gateway</html>")).isEqualTo("<html>Bad gateway</html>");
    }
}

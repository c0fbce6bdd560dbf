package id.lintas.sandbox.courier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.lintas.sandbox.SandboxClient;
import id.lintas.sandbox.courier.order.OrderFailure;
import id.lintas.sandbox.courier.order.OrderStatus;
import id.lintas.sandbox.courier.progress.ProgressPolicy;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The driver simulation: advancing orders by the admin API or in process, AUTO progress, illegal moves. */
class CourierLifecycleTest extends CourierServerTest {
    private static final String PROGRESS = "/sandbox/admin/courier/progress";

    @AfterEach
    void manualAgain() {
        server.courier().progress().set(ProgressPolicy.manual());
    }

    @Test
    void advancingGoesThroughEveryStatusBetweenAndDeliveryHasAProof() {
        String id = client.created(Orders.pickupLeg("KLH-2026-00031-PICKUP").build()).getString("id");

        SandboxClient.Response pickedUp = client.advanceTo(id, "picked_up");

        assertThat(pickedUp.status()).isEqualTo(200);
        JsonObject order = pickedUp.json().getJsonObject("order");
        assertThat(order.getString("status")).isEqualTo("picked_up");
        assertThat(statuses(order)).containsExactly("confirmed", "allocated", "picking_up", "picked_up");
        JsonObject driver = order.getJsonObject("courier");
        assertThat(driver.getString("name")).isNotBlank();

        SandboxClient.Response delivered = client.advance(id,
                "{\"status\":\"delivered\",\"recipient_name\":\"Sri Wahyuni\",\"note\":\"Diterima di loket 3\"}");

        order = delivered.json().getJsonObject("order");
        assertThat(statuses(order)).containsExactly("confirmed", "allocated", "picking_up", "picked_up", "dropping_off", "delivered");
        assertThat(order.getJsonObject("courier")).isEqualTo(driver);
        JsonObject proof = order.getJsonObject("proof_of_delivery");
        assertThat(proof.getString("recipient_name")).isEqualTo("Sri Wahyuni");
        assertThat(proof.getString("note")).isEqualTo("Diterima di loket 3");
        assertThat(proof.getString("received_at")).endsWith("+07:00");
        assertThat(proof.getString("photo_url")).endsWith("/proof-of-delivery.png");
        assertThat(client.order(id).json().getJsonObject("order")).isEqualTo(order);
    }

    @Test
    void withoutAStatusTheOrderMovesOneStepAndTheSameStatusChangesNothing() {
        String id = client.created(Orders.pickupLeg("R-11").build()).getString("id");

        assertThat(client.advance(id, "").json().getJsonObject("order").getString("status")).isEqualTo("allocated");
        assertThat(client.advance(id, "{}").json().getJsonObject("order").getString("status")).isEqualTo("picking_up");
        SandboxClient.Response same = client.advanceTo(id, "picking_up");

        assertThat(same.status()).isEqualTo(200);
        assertThat(statuses(same.json().getJsonObject("order"))).hasSize(3);
    }

    @Test
    void noMoveBackwardsOutOfAFinalStatusOrToCancelled() {
        String id = client.created(Orders.pickupLeg("R-12").build()).getString("id");
        client.advanceTo(id, "picked_up");

        SandboxClient.Response backwards = client.advanceTo(id, "allocated");
        SandboxClient.Response toCancelled = client.advanceTo(id, "cancelled");
        SandboxClient.Response unknown = client.advanceTo(id, "lost");

        assertThat(backwards.status()).isEqualTo(409);
        assertThat(backwards.json().getString("KODE")).isEqualTo("STATUS_TIDAK_DAPAT_DIUBAH");
        assertThat(backwards.json().getString("PESAN")).contains("picked_up").contains("allocated");
        assertThat(toCancelled.status()).isEqualTo(409);
        assertThat(toCancelled.json().getString("PESAN")).contains("/cancel");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(client.advanceTo("ORD-99999999", "allocated").status()).isEqualTo(404);

        client.advanceTo(id, "delivered");
        assertThat(client.advance(id, "{}").status()).isEqualTo(409);
        assertThat(client.advanceTo(id, "dropping_off").status()).isEqualTo(409);
        assertThat(client.order(id).json().getJsonObject("order").getString("status")).isEqualTo("delivered");
    }

    @Test
    void afterPickupOrDeliveryTheOrderCannotBeCancelledAndACancelledOneCannotMove() {
        String picked = client.created(Orders.pickupLeg("R-13").build()).getString("id");
        String delivered = client.created(Orders.pickupLeg("R-14").build()).getString("id");
        String cancelled = client.created(Orders.pickupLeg("R-15").build()).getString("id");
        client.advanceTo(picked, "picked_up");
        client.advanceTo(delivered, "delivered");
        client.advanceTo(cancelled, "picking_up");

        SandboxClient.Response tooLate = client.cancel(picked, "Tidak jadi");
        SandboxClient.Response afterDelivery = client.cancel(delivered, "Tidak jadi");
        SandboxClient.Response whilePickingUp = client.cancel(cancelled, "Ibu pulang");

        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.json().getJsonObject("error").getString("code")).isEqualTo("order_not_cancellable");
        assertThat(afterDelivery.status()).isEqualTo(409);
        assertThat(whilePickingUp.status()).isEqualTo(200);
        assertThat(whilePickingUp.json().getJsonObject("order").getString("status")).isEqualTo("cancelled");
        assertThat(client.advance(cancelled, "{}").status()).isEqualTo(409);
        assertThat(client.advanceTo(cancelled, "delivered").status()).isEqualTo(409);
    }

    @Test
    void embeddingCodeCanPlayTheDriverInProcess() {
        String id = client.created(Orders.pickupLeg("R-16").build()).getString("id");

        server.courier().orders().advance(id, OrderStatus.DROPPING_OFF);

        assertThat(client.order(id).json().getJsonObject("order").getString("status")).isEqualTo("dropping_off");
        OrderFailure refused = catchThrowableOfType(() -> server.courier().orders().advance(id, OrderStatus.ALLOCATED), OrderFailure.class);
        assertThat(refused.reason()).isEqualTo(OrderFailure.Reason.ILLEGAL_MOVE);
        assertThat(server.courier().orders().find(id).state().status()).isEqualTo(OrderStatus.DROPPING_OFF);
    }

    @Test
    void autoProgressDrivesAnOrderToDeliveredOneStatusAtATime() {
        String open = client.created(Orders.pickupLeg("R-17").build()).getString("id");
        String cancelled = client.created(Orders.pickupLeg("R-18").build()).getString("id");
        client.cancel(cancelled, "Tidak jadi");

        SandboxClient.Response set = client.admin().put(PROGRESS, "{\"mode\":\"AUTO\",\"stepMs\":20}");

        assertThat(set.json()).isEqualTo(SandboxClient.parse("{\"module\":\"courier\",\"mode\":\"AUTO\",\"stepMs\":20}"));
        JsonObject done = client.awaitOrder(open, o -> o.getString("status").equals("delivered"), Duration.ofSeconds(5));
        assertThat(statuses(done)).containsExactly("confirmed", "allocated", "picking_up", "picked_up", "dropping_off", "delivered");
        assertThat(done.getJsonObject("proof_of_delivery").getString("recipient_name")).isEqualTo("Petugas loket Dukcapil");
        assertThat(client.order(cancelled).json().getJsonObject("order").getString("status")).isEqualTo("cancelled");

        client.admin().put(PROGRESS, "{\"mode\":\"MANUAL\"}");
        String still = client.created(Orders.pickupLeg("R-19").build()).getString("id");
        assertThat(server.courier().orders().advanceOpenOrders()).isEqualTo(1);
        assertThat(client.order(still).json().getJsonObject("order").getString("status")).isEqualTo("allocated");
    }

    @Test
    void theProgressPolicyIsManualWhenEmbeddedAndCanBeSetInProcessOrRefused() {
        assertThat(client.admin().get(PROGRESS).json()).isEqualTo(SandboxClient.parse("{\"module\":\"courier\",\"mode\":\"MANUAL\"}"));

        server.courier().progress().set(ProgressPolicy.auto(3_000));

        assertThat(client.admin().get(PROGRESS).json().getInt("stepMs")).isEqualTo(3_000);
        assertThat(client.admin().put(PROGRESS, "{\"mode\":\"AUTO\"}").json().getInt("stepMs")).isEqualTo(3_000);
        for (String invalid : List.of("{\"mode\":\"SOMETIMES\"}", "{\"mode\":\"AUTO\",\"stepMs\":1}", "{\"mode\":\"MANUAL\",\"stepMs\":50}",
                "{}", "not json")) {
            SandboxClient.Response refused = client.admin().put(PROGRESS, invalid);
            assertThat(refused.status()).as(invalid).isEqualTo(400);
        }
        assertThat(client.admin().put(PROGRESS, "{\"mode\":\"AUTO\",\"stepMs\":1}").json().getString("KODE")).isEqualTo("PROGRES_TIDAK_VALID");
        assertThat(client.stats().getJsonObject("progress").getInt("stepMs")).isEqualTo(3_000);
    }

    @Test
    void statsCountOrdersByStatus() {
        JsonObject before = client.stats().getJsonObject("orders");
        String id = client.created(Orders.pickupLeg("R-20").build()).getString("id");
        client.advanceTo(id, "allocated");

        JsonObject after = client.stats().getJsonObject("orders");

        assertThat(after.getInt("total") - before.getInt("total")).isEqualTo(1);
        assertThat(after.getInt("allocated") - before.getInt("allocated")).isEqualTo(1);
        assertThat(after.keySet()).contains("confirmed", "picking_up", "picked_up", "dropping_off", "delivered", "cancelled",
                "created", "idempotentReplays", "idempotencyConflicts", "invalid", "cancellations");
        assertThat(client.stats().get("webhooks")).isNotEqualTo(JsonValue.NULL);
    }

    private static List<String> statuses(JsonObject order) {
        return order.getJsonArray("history").stream().map(h -> h.asJsonObject().getString("status")).toList();
    }
}

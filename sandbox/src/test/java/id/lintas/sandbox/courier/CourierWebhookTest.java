package id.lintas.sandbox.courier;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.sandbox.SandboxClient;
import id.lintas.sandbox.SandboxServer;
import id.lintas.sandbox.courier.webhook.RetrySchedule;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Status webhooks received by a JDK HTTP server in the test: signed with the configured secret, in
 * order per order, retried with the same event id. The sandbox's retry schedule is shortened to
 * milliseconds.
 */
class CourierWebhookTest {
    private static final String SECRET = "test-webhook-secret";
    private static SandboxServer server;
    private static CourierClient client;
    private WebhookReceiver receiver;

    @BeforeAll
    static void start() {
        CourierSettings courier = CourierSettings.defaults().withWebhookSecret(SECRET)
                .withWebhookRetries(RetrySchedule.exponential(Duration.ofMillis(20), 6));
        server = SandboxServer.start(new SandboxServer.Options("127.0.0.1", 0, 7, 1_000, SandboxServer.DEFAULT_KEY).withCourier(courier));
        client = new CourierClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void listen() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopListening() {
        receiver.close();
    }

    @Test
    void everyStatusChangeIsPostedSignedWithTheSecret() throws Exception {
        JsonObject order = client.created(Orders.pickupLeg("KLH-2026-00041-PICKUP", receiver.url()));
        String id = order.getString("id");
        client.advance(id, "{\"status\":\"delivered\",\"recipient_name\":\"Sri Wahyuni\"}");

        List<WebhookReceiver.Received> received = receiver.await(r -> r.size() == 6);

        for (WebhookReceiver.Received webhook : received) {
            assertThat(webhook.signature()).isEqualTo("sha256=" + hmac(SECRET, webhook.body()));
            assertThat(webhook.signature()).matches("sha256=[0-9a-f]{64}");
            assertThat(webhook.event()).isEqualTo("order.status");
            assertThat(webhook.attempt()).isEqualTo(1);
        }
        assertThat(received.stream().map(WebhookReceiver.Received::eventId).collect(Collectors.toSet())).hasSize(6);
        List<JsonObject> events = received.stream().map(r -> SandboxClient.parse(r.text())).toList();
        assertThat(events).extracting(e -> e.getString("status"))
                .containsExactly("confirmed", "allocated", "picking_up", "picked_up", "dropping_off", "delivered");
        JsonObject confirmed = events.get(0);
        assertThat(confirmed.keySet()).containsExactlyInAnyOrder("event", "order_id", "reference_id", "tracking_id", "status", "note",
                "courier", "proof_of_delivery", "updated_at");
        assertThat(confirmed.getString("order_id")).isEqualTo(id);
        assertThat(confirmed.getString("reference_id")).isEqualTo("KLH-2026-00041-PICKUP");
        assertThat(confirmed.getString("tracking_id")).isEqualTo(order.getString("tracking_id"));
        assertThat(confirmed.get("courier")).isEqualTo(JsonValue.NULL);
        assertThat(confirmed.getString("updated_at")).endsWith("+07:00");
        assertThat(events.get(1).getJsonObject("courier").getString("name")).isNotBlank();
        JsonObject delivered = events.get(5);
        assertThat(delivered.getJsonObject("proof_of_delivery").getString("recipient_name")).isEqualTo("Sri Wahyuni");
        assertThat(delivered.getString("note")).contains("Sri Wahyuni");
        assertThat(receiver.received()).hasSize(6);
    }

    @Test
    void aFailedDeliveryIsRetriedWithTheSameEventAndTheOrdersLaterEventsWait() {
        settled();
        receiver.failNext(2);
        long attemptsBefore = webhooks("attempts");
        long failedAttemptsBefore = webhooks("failedAttempts");
        long deliveredBefore = webhooks("delivered");
        String id = client.created(Orders.pickupLeg("KLH-2026-00042-PICKUP", receiver.url())).getString("id");
        client.advanceTo(id, "picked_up");

        List<WebhookReceiver.Received> received = receiver.await(r -> r.size() == 6);

        assertThat(received).extracting(WebhookReceiver.Received::answered).containsExactly(500, 500, 200, 200, 200, 200);
        assertThat(received).extracting(WebhookReceiver.Received::attempt).containsExactly(1, 2, 3, 1, 1, 1);
        WebhookReceiver.Received first = received.get(0);
        for (WebhookReceiver.Received retry : received.subList(1, 3)) {
            assertThat(retry.eventId()).isEqualTo(first.eventId());
            assertThat(retry.body()).isEqualTo(first.body());
            assertThat(retry.signature()).isEqualTo(first.signature());
        }
        assertThat(received.subList(2, 6)).extracting(r -> SandboxClient.parse(r.text()).getString("status"))
                .containsExactly("confirmed", "allocated", "picking_up", "picked_up");
        settled();
        assertThat(webhooks("delivered") - deliveredBefore).isEqualTo(4);
        assertThat(webhooks("attempts") - attemptsBefore).isEqualTo(6);
        assertThat(webhooks("failedAttempts") - failedAttemptsBefore).isEqualTo(2);
    }

    @Test
    void anEventIsGivenUpAfterTheLastAttemptAndTheNextOneStillGoes() {
        settled();
        receiver.failNext(6);
        long failedBefore = webhooks("failed");
        String id = client.created(Orders.pickupLeg("R-43", receiver.url())).getString("id");
        client.advanceTo(id, "allocated");

        List<WebhookReceiver.Received> received = receiver.await(r -> r.size() == 7);

        assertThat(received).extracting(WebhookReceiver.Received::attempt).containsExactly(1, 2, 3, 4, 5, 6, 1);
        assertThat(SandboxClient.parse(received.get(6).text()).getString("status")).isEqualTo("allocated");
        settled();
        assertThat(webhooks("failed") - failedBefore).isEqualTo(1);
    }

    @Test
    void eventsOfOneOrderStayInOrderWhileManyOrdersChangeAtOnce() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(client.created(Orders.pickupLeg("R-44-" + i, receiver.url())).getString("id"));
        }
        receiver.failNext(3);
        ids.parallelStream().forEach(id -> client.advanceTo(id, "delivered"));

        List<WebhookReceiver.Received> received = receiver.await(r -> r.stream().filter(w -> w.answered() == 200).count() == 48);

        for (String id : ids) {
            List<String> statuses = received.stream().filter(w -> w.answered() == 200).map(w -> SandboxClient.parse(w.text()))
                    .filter(e -> e.getString("order_id").equals(id)).map(e -> e.getString("status")).toList();
            assertThat(statuses).as(id).containsExactly("confirmed", "allocated", "picking_up", "picked_up", "dropping_off", "delivered");
        }
    }

    @Test
    void anOrderWithoutCallbackUrlSendsNothing() {
        long publishedBefore = webhooks("published");
        String quiet = client.created(Orders.pickupLeg("R-45").build()).getString("id");
        client.advanceTo(quiet, "delivered");

        assertThat(webhooks("published")).isEqualTo(publishedBefore);
        assertThat(client.stats().getJsonObject("webhooks").keySet())
                .contains("published", "delivered", "failed", "pending", "attempts", "failedAttempts", "retryDelaysMs");
    }

    @Test
    void anUnreachableReceiverNeverBlocksTheApi() {
        CourierSettings slowRetries = CourierSettings.defaults().withWebhookRetries(RetrySchedule.exponential(Duration.ofMillis(200), 3));
        try (SandboxServer own = SandboxServer.start(new SandboxServer.Options("127.0.0.1", 0, 7, 100, SandboxServer.DEFAULT_KEY)
                .withCourier(slowRetries))) {
            CourierClient ownClient = new CourierClient(own);
            receiver.close();
            String id = ownClient.created(Orders.pickupLeg("R-46", receiver.url())).getString("id");

            SandboxClient.Response advanced = ownClient.advanceTo(id, "delivered");

            assertThat(advanced.status()).isEqualTo(200);
            assertThat(advanced.millis()).isLessThan(500);
            JsonObject webhooks = ownClient.stats().getJsonObject("webhooks");
            assertThat(webhooks.getInt("published")).isEqualTo(6);
            assertThat(webhooks.getInt("pending")).isGreaterThanOrEqualTo(5);
            assertThat(webhooks.getInt("delivered")).isZero();
        }
    }

    /** Waits until no delivery of an earlier test is under way, so counters can be compared. */
    private static void settled() {
        Await.until(() -> webhooks("pending"), n -> n == 0, Duration.ofSeconds(5), "no pending webhooks");
    }

    private static long webhooks(String counter) {
        return client.stats().getJsonObject("webhooks").getJsonNumber(counter).longValue();
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}

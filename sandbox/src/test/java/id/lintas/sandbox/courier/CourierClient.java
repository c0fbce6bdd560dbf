package id.lintas.sandbox.courier;

import id.lintas.sandbox.SandboxClient;
import id.lintas.sandbox.SandboxServer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The courier API over real HTTP as the gateway will call it ({@code Authorization: Bearer}), and
 * the sandbox's admin API for the courier ({@code X-Siak-Key}).
 */
final class CourierClient {
    static final String ORDERS = "/courier/v1/orders";
    private final SandboxClient courier;
    private final SandboxClient admin;
    private final String key;

    CourierClient(SandboxServer server) {
        this(server, server.courier().settings().key());
    }

    /** With another bearer key ({@code null}: none). */
    CourierClient(SandboxServer server, String key) {
        this.courier = new SandboxClient(server.baseUrl(), null);
        this.admin = new SandboxClient(server);
        this.key = key;
    }

    SandboxClient admin() {
        return admin;
    }

    SandboxClient.Response create(String idempotencyKey, JsonObject body) {
        return create(idempotencyKey, body.toString());
    }

    SandboxClient.Response create(String idempotencyKey, String body) {
        HttpRequest.Builder request = request(ORDERS).POST(HttpRequest.BodyPublishers.ofString(body));
        return courier.send(idempotencyKey == null ? request.build() : request.header("Idempotency-Key", idempotencyKey).build());
    }

    /** A new order of {@code body} under a fresh key; its {@code order} object. */
    JsonObject created(JsonObject body) {
        SandboxClient.Response response = create(UUID.randomUUID().toString(), body);
        if (response.status() != 201) {
            throw new IllegalStateException("create: " + response.status() + " " + response.body());
        }
        return response.json().getJsonObject("order");
    }

    SandboxClient.Response get(String path) {
        return courier.send(request(path).GET().build());
    }

    SandboxClient.Response post(String path, String body) {
        return courier.send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    SandboxClient.Response order(String id) {
        return get(ORDERS + "/" + id);
    }

    SandboxClient.Response cancel(String id, String reason) {
        return post(ORDERS + "/" + id + "/cancel", SandboxClient.object().add("reason", reason).build().toString());
    }

    /** Admin: {@code POST /sandbox/admin/courier/orders/{id}/advance} with {@code body}. */
    SandboxClient.Response advance(String id, String body) {
        return admin.post("/sandbox/admin/courier/orders/" + id + "/advance", body);
    }

    SandboxClient.Response advanceTo(String id, String status) {
        return advance(id, "{\"status\":\"" + status + "\"}");
    }

    /** The {@code order} of {@code GET /orders/{id}} once {@code condition} holds, polling every few ms. */
    JsonObject awaitOrder(String id, Predicate<JsonObject> condition, Duration timeout) {
        return Await.until(() -> order(id).json().getJsonObject("order"), condition, timeout, "order " + id);
    }

    JsonObject stats() {
        return admin.get("/sandbox/admin/stats/courier").json();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = courier.request(path);
        return key == null ? builder : builder.header("Authorization", "Bearer " + key);
    }
}

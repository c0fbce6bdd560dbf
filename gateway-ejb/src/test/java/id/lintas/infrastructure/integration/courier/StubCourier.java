package id.lintas.infrastructure.integration.courier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the courier company in route tests: its wire format ({@code {"success":...}}),
 * bearer key, idempotent orders, and faults the test sets (delay, a status for the next n calls).
 */
final class StubCourier implements AutoCloseable {
    static final String KEY = "test-courier-key";

    private final HttpServer server;
    final AtomicInteger orderRequests = new AtomicInteger();
    final AtomicInteger cancelRequests = new AtomicInteger();
    /** Orders made, by idempotency key. */
    final Map<String, String> orders = new ConcurrentHashMap<>();
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    volatile int delayMs;
    volatile int failNext;
    volatile int failStatus = 503;

    StubCourier() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/courier/v1/orders", this::orders);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void orders(HttpExchange e) throws IOException {
        String path = e.getRequestURI().getPath();
        if (path.endsWith("/cancel")) {
            cancel(e, path);
            return;
        }
        orderRequests.incrementAndGet();
        if (fault(e)) {
            return;
        }
        authorizations.add(String.valueOf(e.getRequestHeaders().getFirst("Authorization")));
        if (!("Bearer " + KEY).equals(e.getRequestHeaders().getFirst("Authorization"))) {
            error(e, 401, "unauthorized", "Missing or invalid API key");
            return;
        }
        String body = new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        bodies.add(body);
        if (!jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject().getJsonObject("pickup")
                .containsKey("contact_phone")) {
            answer(e, 422, "{\"success\":false,\"error\":{\"code\":\"validation_failed\",\"message\":\"The order is invalid\","
                    + "\"details\":[{\"field\":\"pickup.contact_phone\",\"message\":\"pickup.contact_phone is required.\"}]}}");
            return;
        }
        String key = e.getRequestHeaders().getFirst("Idempotency-Key");
        if (key == null) {
            error(e, 400, "idempotency_key_required", "Idempotency-Key is required");
            return;
        }
        boolean replay = orders.containsKey(key);
        String id = orders.computeIfAbsent(key, k -> String.format("ORD-%08d", orders.size() + 1));
        answer(e, replay ? 200 : 201, "{\"success\":true,\"order\":{\"id\":\"" + id + "\",\"status\":\"confirmed\","
                + "\"tracking_id\":\"TRK" + id.substring(4) + "\",\"waybill_id\":\"SDX261123" + id.substring(8) + "\"}}");
    }

    private void cancel(HttpExchange e, String path) throws IOException {
        cancelRequests.incrementAndGet();
        if (fault(e)) {
            return;
        }
        String id = path.substring("/courier/v1/orders/".length(), path.length() - "/cancel".length());
        if (!orders.containsValue(id)) {
            error(e, 404, "not_found", "Order " + id + " not found");
            return;
        }
        answer(e, 200, "{\"success\":true,\"order\":{\"id\":\"" + id + "\",\"status\":\"cancelled\"}}");
    }

    private boolean fault(HttpExchange e) throws IOException {
        if (delayMs > 0) {
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }
        if (failNext > 0) {
            failNext--;
            error(e, failStatus, "service_unavailable", "The courier is not available");
            return true;
        }
        return false;
    }

    private static void error(HttpExchange e, int status, String code, String message) throws IOException {
        answer(e, status, "{\"success\":false,\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}");
    }

    private static void answer(HttpExchange e, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().set("Content-Type", "application/json");
        e.sendResponseHeaders(status, bytes.length);
        e.getResponseBody().write(bytes);
        e.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

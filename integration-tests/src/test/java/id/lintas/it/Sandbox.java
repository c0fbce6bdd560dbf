package id.lintas.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The sandbox the test run started: SIAK's sample residents and faults, the courier's orders and
 * drivers, the WhatsApp Cloud API's faults, through its admin API.
 */
final class Sandbox {
    static final String KEY = "sandbox-key";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Sandbox() {
    }

    static String baseUrl() {
        return "http://127.0.0.1:" + System.getProperty("lintas.it.siak.port");
    }

    /** A mother of a family in the sandbox's population: her NIK and her full name. */
    static JsonObject sampleMother() throws Exception {
        return sampleCouple().getJsonObject("mother");
    }

    /** A couple of the sandbox's population: NO_KK, mother and father (NIK, NAMA_LGKP, ...). */
    static JsonObject sampleCouple() throws Exception {
        return samples().getJsonArray("couples").getJsonObject(0);
    }

    /** The sandbox's SIAK samples: couples, a young couple, a single mother, a child with a birth certificate. */
    static JsonObject samples() throws Exception {
        return json(HTTP.send(request("/sandbox/samples/siak").GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    /** Sets SIAK's behaviour: {"mode":"NORMAL"}, {"mode":"SLOW","delayMs":3000}, {"mode":"DOWN","seconds":30}. */
    static void fault(String json) throws Exception {
        admin("PUT", "/sandbox/admin/faults/siak", json);
    }

    /** Sets the courier's behaviour, as {@link #fault} SIAK's. */
    static void courierFault(String json) throws Exception {
        admin("PUT", "/sandbox/admin/faults/courier", json);
    }

    /** Sets the WhatsApp Cloud API's behaviour, as {@link #fault} SIAK's ({"mode":"ERROR","status":400,"ratio":1.0}: every call refused). */
    static void whatsAppFault(String json) throws Exception {
        admin("PUT", "/sandbox/admin/faults/whatsapp", json);
    }

    /** Moves a courier order's driver on: {"status":"picked_up"}, {"status":"delivered","recipient_name":...}. */
    static JsonObject advanceCourier(String orderId, String json) throws Exception {
        return json(admin("POST", "/sandbox/admin/courier/orders/" + orderId + "/advance", json)).getJsonObject("order");
    }

    /** A courier order as the courier's API shows it to the office (its key, not the sandbox's). */
    static JsonObject courierOrder(String orderId) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/courier/v1/orders/" + orderId))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer courier-key").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("courier order " + orderId + ": " + r.statusCode() + " " + r.body());
        }
        return json(r.body()).getJsonObject("order");
    }

    /** The courier's orders as the sandbox lists them (its export: every order as the courier's API shows it, oldest first). */
    static java.util.List<JsonObject> courierOrders() throws Exception {
        HttpResponse<String> r = HTTP.send(request("/sandbox/admin/export/courier").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("courier export: " + r.statusCode() + " " + r.body());
        }
        return r.body().lines().filter(line -> !line.isBlank()).map(Sandbox::json).toList();
    }

    private static String admin(String method, String path, String json) throws Exception {
        HttpResponse<String> r = HTTP.send(request(path).method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("sandbox " + method + " " + path + " " + json + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** {@code count} couples (1-1000) whose babies can be registered, as the benchmark API takes them. */
    static jakarta.json.JsonArray births(int count) throws Exception {
        JsonObject samples = json(HTTP.send(request("/sandbox/samples/siak?count=" + count).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        return id.lintas.devserver.SiakBenchmark.births(samples);
    }

    /** The SIAK sandbox's draft counters: created, duplicateIdempotentHits, approvals, ... */
    static JsonObject draftCounters() throws Exception {
        return json(HTTP.send(request("/sandbox/admin/stats/siak").GET().build(), HttpResponse.BodyHandlers.ofString()).body())
                .getJsonObject("drafts");
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(10)).header("X-Siak-Key", KEY);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}

package id.lintas.sandbox;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A test client for the sandbox over real HTTP: JSON in, JSON out, the key sent unless told otherwise. */
public final class SandboxClient {
    private static final JsonProvider JSON = JsonProvider.provider();
    private final HttpClient http;
    private final String baseUrl;
    private final String key;

    /** An answer: status, body (parsed when it is JSON), headers and how long it took. */
    public record Response(int status, JsonObject json, String body, HttpHeaders headers, long millis) {
        public String string(String key) {
            return json.getString(key);
        }
    }

    public SandboxClient(String baseUrl, String key) {
        this.baseUrl = baseUrl;
        this.key = key;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public SandboxClient(SandboxServer server) {
        this(server.baseUrl(), server.key());
    }

    public Response get(String path) {
        return send(request(path).GET().build());
    }

    public Response post(String path, String json) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Response post(String path, JsonObject json) {
        return post(path, json.toString());
    }

    /** A draft submission with an Idempotency-Key. */
    public Response postDraft(String idempotencyKey, JsonObject json) {
        return send(draftRequest(idempotencyKey, json));
    }

    public CompletableFuture<Response> postDraftAsync(String idempotencyKey, JsonObject json) {
        return sendAsync(draftRequest(idempotencyKey, json));
    }

    public CompletableFuture<Response> postAsync(String path, String json) {
        return sendAsync(request(path).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public CompletableFuture<Response> getAsync(String path) {
        return sendAsync(request(path).GET().build());
    }

    public Response put(String path, String json) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Any request: the builder gets the URL and the key (when this client has one). */
    public Response send(HttpRequest request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return toResponse(response, started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CompletableFuture<Response> sendAsync(HttpRequest request) {
        long started = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(r -> toResponse(r, started));
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        return key == null ? builder : builder.header("X-Siak-Key", key);
    }

    private HttpRequest draftRequest(String idempotencyKey, JsonObject json) {
        return request("/siak/v1/draft").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json.toString())).build();
    }

    private static Response toResponse(HttpResponse<String> response, long started) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        String body = response.body();
        JsonObject json = null;
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/json") && !body.isEmpty()) {
            JsonValue value = JSON.createReader(new StringReader(body)).readValue();
            json = value.asJsonObject();
        }
        return new Response(response.statusCode(), json, body, response.headers(), millis);
    }

    public static JsonObjectBuilder object() {
        return JSON.createObjectBuilder();
    }

    public static JsonObject parse(String json) {
        return JSON.createReader(new StringReader(json)).readObject();
    }
}

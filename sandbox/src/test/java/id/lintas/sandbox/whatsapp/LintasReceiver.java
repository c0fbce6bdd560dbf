package id.lintas.sandbox.whatsapp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.lintas.sandbox.SandboxClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Lintas's end of the WhatsApp webhooks in a test, as the gateway is meant to build it: a JDK HTTP
 * server that answers the verification handshake when the verify token matches, checks
 * {@code X-Hub-Signature-256} of every POST against the app secret (401 when it does not match),
 * keeps what it got, and answers 500 to the next {@link #failNext} deliveries.
 */
final class LintasReceiver implements AutoCloseable {
    private final HttpServer server;
    private final String verifyToken;
    private final String appSecret;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> handshakes = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    /** One POST: the exact body, its signature header, whether it matched, what was answered. */
    record Received(byte[] body, String signature, boolean signatureValid, int answered) {
        JsonObject json() {
            return SandboxClient.parse(new String(body, StandardCharsets.UTF_8));
        }

        /** {@code entry[0].changes[0].value}. */
        JsonObject value() {
            return json().getJsonArray("entry").getJsonObject(0).getJsonArray("changes").getJsonObject(0).getJsonObject("value");
        }

        boolean isMessage() {
            return value().containsKey("messages");
        }

        JsonObject message() {
            return value().getJsonArray("messages").getJsonObject(0);
        }

        JsonObject status() {
            return value().getJsonArray("statuses").getJsonObject(0);
        }
    }

    LintasReceiver(String verifyToken, String appSecret) throws IOException {
        this.verifyToken = verifyToken;
        this.appSecret = appSecret;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/whatsapp/webhook", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        if (exchange.getRequestMethod().equals("GET")) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            handshakes.add(query);
            boolean ok = "subscribe".equals(query.get("hub.mode")) && verifyToken.equals(query.get("hub.verify_token"));
            answer(exchange, ok ? 200 : 403, ok ? query.get("hub.challenge") : "forbidden");
            return;
        }
        String signature = exchange.getRequestHeaders().getFirst("X-Hub-Signature-256");
        boolean valid = signature != null && MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                ("sha256=" + hmac(body)).getBytes(StandardCharsets.US_ASCII));
        int status = !valid ? 401 : failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
        received.add(new Received(body, signature, valid, status));
        answer(exchange, status, "");
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    String hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/whatsapp/webhook";
    }

    void failNext(int count) {
        failuresLeft.set(count);
    }

    List<Map<String, String>> handshakes() {
        return new ArrayList<>(handshakes);
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    /** The deliveries that {@code which} selects, once {@code wanted} holds for them. */
    List<Received> await(Predicate<Received> which, Predicate<List<Received>> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            List<Received> selected = received.stream().filter(which).toList();
            if (wanted.test(selected)) {
                return selected;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for webhooks; got " + selected.size() + ": "
                        + selected.stream().map(r -> new String(r.body(), StandardCharsets.UTF_8)).toList());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package id.lintas.sandbox.courier;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The gateway's end of the webhooks in a test: a JDK HTTP server on a free loopback port that keeps
 * every request it gets and answers 200, or 500 to the next {@link #failNext} requests.
 */
final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();

    /** One request as it arrived: the exact body bytes, its headers, what was answered. */
    record Received(String eventId, String signature, String event, int attempt, byte[] body, int answered) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/webhook", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int status = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
            var headers = exchange.getRequestHeaders();
            received.add(new Received(headers.getFirst("X-Courier-Event-Id"), headers.getFirst("X-Courier-Signature"),
                    headers.getFirst("X-Courier-Event"), Integer.parseInt(headers.getFirst("X-Courier-Delivery-Attempt")), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhook";
    }

    /** Answers 500 to the next {@code count} requests. */
    void failNext(int count) {
        failuresLeft.set(count);
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    /** What arrived, once {@code wanted} holds for it. */
    List<Received> await(Predicate<List<Received>> wanted) {
        return Await.until(this::received, wanted, Duration.ofSeconds(10), "webhooks");
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
        }
    }
}

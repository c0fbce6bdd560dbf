package id.lintas.infrastructure.integration.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A partner's callback receiver on a real socket: records each request and answers the status the test sets. */
final class StubReceiver implements AutoCloseable {
    record Request(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    volatile int status = 200;
    volatile int delayMs;
    /** Answer 500 to the first request of each event id (then {@link #status}). */
    volatile boolean failFirst;
    private final java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();

    StubReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/hook", this::take);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private void take(HttpExchange e) throws IOException {
        requests.add(new Request(Map.copyOf(e.getRequestHeaders()), new String(e.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8)));
        if (delayMs > 0) {
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        int answer = failFirst && seen.add(String.valueOf(e.getRequestHeaders().getFirst("X-Lintas-Event-Id"))) ? 500 : status;
        byte[] body = ("{\"status\":" + answer + "}").getBytes(StandardCharsets.UTF_8);
        e.sendResponseHeaders(answer, body.length);
        e.getResponseBody().write(body);
        e.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

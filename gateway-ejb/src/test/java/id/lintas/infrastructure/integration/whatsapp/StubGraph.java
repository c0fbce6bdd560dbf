package id.lintas.infrastructure.integration.whatsapp;

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

/** A minimal Graph API on a real socket, as the routes see it: messages, media URLs and downloads; records each request. */
final class StubGraph implements AutoCloseable {
    record Request(String method, String uri, String authorization, String body) {
    }

    private final HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    final Map<String, byte[]> files = new ConcurrentHashMap<>();
    volatile int sendStatus = 200;
    volatile String sendError = "{\"error\":{\"message\":\"(#131030) Recipient phone number not in allowed list\","
            + "\"type\":\"OAuthException\",\"code\":131030,\"fbtrace_id\":\"AbC\"}}";
    volatile int mediaStatus = 200;
    /** A size Graph announces instead of the real one (null: the real one). */
    volatile Long announcedSize;

    StubGraph() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::take);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void take(HttpExchange e) throws IOException {
        String path = e.getRequestURI().getPath();
        String body = new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(e.getRequestMethod(), e.getRequestURI().toString(), e.getRequestHeaders().getFirst("Authorization"),
                body));
        if (path.endsWith("/messages")) {
            answer(e, sendStatus, sendStatus == 200 ? "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"6281234567890\","
                    + "\"wa_id\":\"6281234567890\"}],\"messages\":[{\"id\":\"wamid.OUT" + requests.size() + "\"}]}" : sendError);
        } else if (path.startsWith("/download/")) {
            String id = path.substring("/download/".length());
            byte[] file = files.get(id);
            if (file == null || mediaStatus != 200) {
                answer(e, file == null ? 404 : mediaStatus, "{}");
            } else {
                e.getResponseHeaders().add("Content-Type", "application/octet-stream");
                e.sendResponseHeaders(200, file.length);
                e.getResponseBody().write(file);
                e.close();
            }
        } else {
            String id = path.substring(path.lastIndexOf('/') + 1);
            byte[] file = files.get(id);
            if (file == null) {
                answer(e, 400, "{\"error\":{\"message\":\"Unsupported get request. Object with ID '" + id
                        + "' does not exist\",\"type\":\"GraphMethodException\",\"code\":100,\"error_subcode\":33}}");
            } else if (mediaStatus != 200) {
                answer(e, mediaStatus, "{}");
            } else {
                long size = announcedSize != null ? announcedSize : file.length;
                answer(e, 200, "{\"messaging_product\":\"whatsapp\",\"url\":\"" + base() + "/download/" + id
                        + "?ext=1772413200&hash=ATu\",\"mime_type\":\"image/jpeg\",\"sha256\":\"x\",\"file_size\":\"" + size
                        + "\",\"id\":\"" + id + "\"}");
            }
        }
    }

    private static void answer(HttpExchange e, int status, String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().add("Content-Type", "application/json");
        e.sendResponseHeaders(status, b.length);
        e.getResponseBody().write(b);
        e.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package id.lintas.sandbox.http;

import com.sun.net.httpserver.Headers;
import jakarta.json.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP request as the endpoints see it: already read, path decoded, body as bytes. */
public record Request(String method, String path, Map<String, String> query, Headers headers, byte[] body) {

    public String header(String name) {
        return headers.getFirst(name);
    }

    /** The body as a JSON object (400 when it is not one). */
    public JsonObject json() {
        return Json.parseObject(body);
    }

    /** A query parameter, or {@code null}. */
    public String query(String name) {
        return query.get(name);
    }

    static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }
}

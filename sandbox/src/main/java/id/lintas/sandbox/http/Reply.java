package id.lintas.sandbox.http;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What an endpoint answers, before it is written: a status, extra headers and either a JSON
 * object or a body streamed of unknown length (an export). Endpoints return replies instead of
 * writing to the exchange so a fault injector can replace an answer after the work was done.
 */
public record Reply(int status, Map<String, String> headers, JsonObject json, Streamed streamed) {

    /** A body written piece by piece, e.g. one JSON line per family. */
    @FunctionalInterface
    public interface Streamed {
        void writeTo(OutputStream out) throws IOException;

        /** NDJSON: each object of the stream {@code objects} makes when written, one line each, in UTF-8. */
        static Streamed ndjson(Supplier<Stream<JsonObject>> objects) {
            return out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                try (Stream<JsonObject> lines = objects.get()) {
                    lines.forEach(line -> {
                        try {
                            writer.write(line.toString());
                            writer.write('\n');
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                writer.flush();
            };
        }
    }

    public Reply {
        headers = Map.copyOf(headers);
    }

    public static Reply json(int status, JsonObject json) {
        return new Reply(status, Map.of("Content-Type", "application/json; charset=utf-8"), json, null);
    }

    public static Reply ok(JsonObject json) {
        return json(200, json);
    }

    /** A success in SIAK's envelope: {@code {"RESPON":"SUKSES", ...members of data}}. */
    public static Reply success(int status, JsonObject data) {
        var body = Json.object().add("RESPON", "SUKSES");
        data.forEach(body::add);
        return json(status, body.build());
    }

    public static Reply stream(String contentType, Streamed streamed) {
        return new Reply(200, Map.of("Content-Type", contentType), null, streamed);
    }

    public Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, more, json, streamed);
    }
}

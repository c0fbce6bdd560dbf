package id.lintas.sandbox.http;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Jakarta JSON Processing (Parsson) looked up once, with the few helpers every endpoint needs:
 * builders that accept {@code null} as JSON {@code null}, and reading a request body as an object.
 */
public final class Json {
    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());

    private Json() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    /** Adds {@code value}, or JSON {@code null} when it is {@code null}. */
    public static JsonObjectBuilder put(JsonObjectBuilder builder, String key, String value) {
        return value == null ? builder.addNull(key) : builder.add(key, value);
    }

    /**
     * The body as a JSON object.
     *
     * @throws ApiFailure 400 when it is empty, not JSON, or JSON but not an object
     */
    public static JsonObject parseObject(byte[] body) {
        if (body.length == 0) {
            throw invalidJson("Isi permintaan kosong: kirim objek JSON.");
        }
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw invalidJson("Isi permintaan harus berupa objek JSON.");
            }
            return value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw invalidJson("Isi permintaan bukan JSON yang valid.");
        }
    }

    /**
     * A member as text: a JSON string as is, a number or boolean as its JSON text, {@code null}
     * when missing or JSON {@code null}; an object or array is refused (400).
     */
    public static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case NULL -> null;
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).toString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> throw ApiFailure.generic(ApiFailure.Generic.NOT_TEXT, 422, "FORMAT_TIDAK_VALID",
                    "Field " + key + " harus berupa teks atau angka, bukan objek atau larik.");
        };
    }

    private static ApiFailure invalidJson(String message) {
        return ApiFailure.generic(ApiFailure.Generic.INVALID_JSON, 400, "JSON_TIDAK_VALID", message);
    }
}

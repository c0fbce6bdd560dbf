package id.lintas.sandbox.fault;

import id.lintas.sandbox.http.Parameters;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * The fault of a sandboxed system as set through the admin API, e.g. {@code {"mode":"SLOW","delayMs":1500}},
 * {@code {"mode":"ERROR","status":503,"ratio":0.25,"phase":"AFTER"}}, {@code {"mode":"TIMEOUT"}},
 * {@code {"mode":"DOWN","seconds":30}}. {@link #parse} refuses anything else with an
 * {@link IllegalArgumentException} whose message is in Bahasa Indonesia.
 *
 * @param afterProcessing ERROR only: the request is processed and only then answered with the error
 * @param downUntil       DOWN only: when the outage ends
 */
public record FaultSettings(FaultMode mode, long delayMs, int status, double ratio, boolean afterProcessing,
        long holdSeconds, long seconds, Instant downUntil) {

    public static final int DEFAULT_ERROR_STATUS = 503;
    public static final long DEFAULT_HOLD_SECONDS = 90;
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final FaultSettings NORMAL = new FaultSettings(FaultMode.NORMAL, 0, 0, 0, false, 0, 0, null);

    public static FaultSettings normal() {
        return NORMAL;
    }

    public static FaultSettings slow(long delayMs) {
        return new FaultSettings(FaultMode.SLOW, delayMs, 0, 0, false, 0, 0, null);
    }

    public static FaultSettings error(int status, double ratio, boolean afterProcessing) {
        return new FaultSettings(FaultMode.ERROR, 0, status, ratio, afterProcessing, 0, 0, null);
    }

    public static FaultSettings timeout(long holdSeconds) {
        return new FaultSettings(FaultMode.TIMEOUT, 0, 0, 0, false, holdSeconds, 0, null);
    }

    public static FaultSettings down(long seconds, Instant now) {
        return new FaultSettings(FaultMode.DOWN, 0, 0, 0, false, 0, seconds, now.plusSeconds(seconds));
    }

    /** The settings of an admin request body; {@code now} starts a DOWN window. */
    public static FaultSettings parse(JsonObject json, Instant now) {
        FaultMode mode = Parameters.mode(json, FaultMode.class);
        Set<String> allowed = switch (mode) {
            case NORMAL -> Set.of("mode");
            case SLOW -> Set.of("mode", "delayMs");
            case ERROR -> Set.of("mode", "status", "ratio", "phase");
            case TIMEOUT -> Set.of("mode", "holdSeconds");
            case DOWN -> Set.of("mode", "seconds");
        };
        Parameters.only(json, allowed, mode);
        return switch (mode) {
            case NORMAL -> normal();
            case SLOW -> slow(Parameters.whole(json, "delayMs", null, 1, 120_000));
            case ERROR -> error((int) Parameters.whole(json, "status", (long) DEFAULT_ERROR_STATUS, 400, 599),
                    fraction(json, "ratio"), phase(json));
            case TIMEOUT -> timeout(Parameters.whole(json, "holdSeconds", DEFAULT_HOLD_SECONDS, 1, 3600));
            case DOWN -> down(Parameters.whole(json, "seconds", null, 1, 86_400), now);
        };
    }

    /** A DOWN window that has ended: the system is back to normal. */
    public boolean expiredAt(Instant now) {
        return mode == FaultMode.DOWN && !now.isBefore(downUntil);
    }

    public JsonObject toJson(Instant now) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("mode", mode.name());
        switch (mode) {
            case SLOW -> json.add("delayMs", delayMs);
            case ERROR -> json.add("status", status).add("ratio", ratio).add("phase", afterProcessing ? "AFTER" : "BEFORE");
            case TIMEOUT -> json.add("holdSeconds", holdSeconds);
            case DOWN -> json.add("seconds", seconds).add("until", downUntil.toString())
                    .add("remainingMs", Math.max(0, downUntil.toEpochMilli() - now.toEpochMilli()));
            default -> {
                // NORMAL has no parameters
            }
        }
        return json.build();
    }

    private static double fraction(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value == null) {
            return 1.0;
        }
        if (!(value instanceof JsonNumber number) || number.doubleValue() < 0 || number.doubleValue() > 1) {
            throw new IllegalArgumentException("Parameter '" + key + "' harus angka 0.0 sampai 1.0.");
        }
        return number.doubleValue();
    }

    private static boolean phase(JsonObject json) {
        JsonValue value = json.get("phase");
        if (value == null) {
            return false;
        }
        String phase = value instanceof JsonString text ? text.getString().strip().toUpperCase(Locale.ROOT) : "";
        return switch (phase) {
            case "BEFORE" -> false;
            case "AFTER" -> true;
            default -> throw new IllegalArgumentException("Parameter 'phase' harus BEFORE atau AFTER.");
        };
    }
}

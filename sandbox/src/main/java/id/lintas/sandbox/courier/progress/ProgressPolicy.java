package id.lintas.sandbox.courier.progress;

import id.lintas.sandbox.http.Parameters;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.util.Objects;
import java.util.Set;

/**
 * How the courier's drivers move, as set through the admin API or the command line:
 * {@code {"mode":"AUTO","stepMs":3000}} (every open order one status forward every {@code stepMs},
 * {@value #MIN_STEP_MS}-{@value #MAX_STEP_MS}, default {@value #DEFAULT_STEP_MS}) or
 * {@code {"mode":"MANUAL"}}. Invalid values are refused with an {@link IllegalArgumentException}
 * whose message is in Bahasa Indonesia, as the admin API's are.
 *
 * @param stepMs AUTO only (0 for MANUAL)
 */
public record ProgressPolicy(ProgressMode mode, long stepMs) {
    public static final long DEFAULT_STEP_MS = 3_000;
    public static final long MIN_STEP_MS = 10;
    public static final long MAX_STEP_MS = 3_600_000;
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final ProgressPolicy MANUAL = new ProgressPolicy(ProgressMode.MANUAL, 0);

    public ProgressPolicy {
        Objects.requireNonNull(mode, "mode");
        if (mode == ProgressMode.MANUAL && stepMs != 0) {
            throw new IllegalArgumentException("Parameter 'stepMs' tidak berlaku untuk mode MANUAL.");
        }
        if (mode == ProgressMode.AUTO) {
            Parameters.inRange("stepMs", stepMs, MIN_STEP_MS, MAX_STEP_MS);
        }
    }

    public static ProgressPolicy auto(long stepMs) {
        return new ProgressPolicy(ProgressMode.AUTO, stepMs);
    }

    public static ProgressPolicy manual() {
        return MANUAL;
    }

    /** The policy of an admin request body. */
    public static ProgressPolicy parse(JsonObject json) {
        ProgressMode mode = Parameters.mode(json, ProgressMode.class);
        Parameters.only(json, mode == ProgressMode.AUTO ? Set.of("mode", "stepMs") : Set.of("mode"), mode);
        return mode == ProgressMode.MANUAL ? manual()
                : auto(Parameters.whole(json, "stepMs", DEFAULT_STEP_MS, MIN_STEP_MS, MAX_STEP_MS));
    }

    /** {@code {"mode":"AUTO","stepMs":3000}} or {@code {"mode":"MANUAL"}}. */
    public JsonObject toJson() {
        var json = JSON.createObjectBuilder().add("mode", mode.name());
        if (mode == ProgressMode.AUTO) {
            json.add("stepMs", stepMs);
        }
        return json.build();
    }
}

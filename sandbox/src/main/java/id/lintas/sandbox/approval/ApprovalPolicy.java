package id.lintas.sandbox.approval;

import id.lintas.sandbox.http.Parameters;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * How a sandboxed system decides submissions (SIAK: drafts), as set through the admin API or the
 * command line: {@code {"mode":"AUTO","delayMs":2000}} (decided once that old; {@code delayMs}
 * 0-3,600,000, default 0) or {@code {"mode":"MANUAL"}}. Invalid values are refused with an
 * {@link IllegalArgumentException} whose message is in Bahasa Indonesia.
 *
 * @param delayMs AUTO only (0 for MANUAL): how old a submission must be before it is decided
 */
public record ApprovalPolicy(ApprovalMode mode, long delayMs) {
    public static final long MAX_DELAY_MS = 3_600_000;
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final ApprovalPolicy MANUAL = new ApprovalPolicy(ApprovalMode.MANUAL, 0);

    public ApprovalPolicy {
        Objects.requireNonNull(mode, "mode");
        if (mode == ApprovalMode.MANUAL && delayMs != 0) {
            throw new IllegalArgumentException("Parameter 'delayMs' tidak berlaku untuk mode MANUAL.");
        }
        Parameters.inRange("delayMs", delayMs, 0, MAX_DELAY_MS);
    }

    /** The default: AUTO without delay. */
    public static ApprovalPolicy defaults() {
        return auto(0);
    }

    public static ApprovalPolicy auto(long delayMs) {
        return new ApprovalPolicy(ApprovalMode.AUTO, delayMs);
    }

    public static ApprovalPolicy auto(Duration delay) {
        return auto(delay.toMillis());
    }

    public static ApprovalPolicy manual() {
        return MANUAL;
    }

    /** The policy of an admin request body. */
    public static ApprovalPolicy parse(JsonObject json) {
        ApprovalMode mode = Parameters.mode(json, ApprovalMode.class);
        return switch (mode) {
            case AUTO -> {
                Parameters.only(json, Set.of("mode", "delayMs"), mode);
                yield auto(Parameters.whole(json, "delayMs", 0L, 0, MAX_DELAY_MS));
            }
            case MANUAL -> {
                Parameters.only(json, Set.of("mode"), mode);
                yield manual();
            }
        };
    }

    /** Whether a submission made at {@code submittedAt}, not yet decided, is to be decided {@code now}. */
    public boolean decidesNow(Instant submittedAt, Instant now) {
        return mode == ApprovalMode.AUTO && Duration.between(submittedAt, now).toMillis() >= delayMs;
    }

    /** {@code {"mode":"AUTO","delayMs":0}} or {@code {"mode":"MANUAL"}}. */
    public JsonObject toJson() {
        var json = JSON.createObjectBuilder().add("mode", mode.name());
        if (mode == ApprovalMode.AUTO) {
            json.add("delayMs", delayMs);
        }
        return json.build();
    }
}

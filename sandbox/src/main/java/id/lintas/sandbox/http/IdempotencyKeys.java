package id.lintas.sandbox.http;

import jakarta.json.JsonObject;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * What requests with an {@value #HEADER} header made, by key: the same key with the same body
 * (compared as JSON: member order and blanks do not matter) gets what the first request made, with
 * another body it is a conflict. The caller validates a body before {@link #claim} so that an
 * invalid one does not use up its key, and words the outcome in its API's terms. Thread-safe: one
 * value per key even when the same key arrives on many connections at once.
 *
 * @param <T> what a request makes, e.g. a draft or an order
 */
public final class IdempotencyKeys<T> {
    public static final String HEADER = "Idempotency-Key";
    /** Set to {@code true} on the answer to a replay. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_LENGTH = 200;

    private final ConcurrentMap<String, Stored<T>> byKey = new ConcurrentHashMap<>();

    private record Stored<T>(JsonObject body, T value) {
    }

    /** What became of a request under its key. */
    public enum Outcome {
        /** This request made the value. */
        CREATED,
        /** An earlier request with the same body made it. */
        REPLAYED,
        /** An earlier request with another body made it: refuse. */
        CONFLICT
    }

    /** The outcome and the value made under the key (by this request or an earlier one). */
    public record Result<T>(Outcome outcome, T value) {
    }

    /**
     * The request's key, blanks stripped.
     *
     * @throws ApiFailure 400 when it is missing or longer than {@value #MAX_LENGTH} characters
     */
    public static String keyOf(Request request) {
        String key = request.header(HEADER);
        if (key == null || key.isBlank()) {
            throw ApiFailure.generic(ApiFailure.Generic.IDEMPOTENCY_KEY_MISSING, 400, "IDEMPOTENCY_KEY_WAJIB",
                    "Header " + HEADER + " wajib diisi.");
        }
        if (key.length() > MAX_LENGTH) {
            throw ApiFailure.generic(ApiFailure.Generic.IDEMPOTENCY_KEY_INVALID, 400, "IDEMPOTENCY_KEY_TIDAK_VALID",
                    "Header " + HEADER + " paling panjang " + MAX_LENGTH + " karakter.");
        }
        return key.strip();
    }

    /**
     * The answer to a request that made something (201) or replayed it (200 with
     * {@value #REPLAYED_HEADER}); {@code reply} makes the API's answer with a status.
     */
    public static Reply answer(boolean created, IntFunction<Reply> reply) {
        return created ? reply.apply(201) : reply.apply(200).withHeader(REPLAYED_HEADER, "true");
    }

    /** What an earlier request made under {@code key}, compared with {@code body}; {@code null} while the key is free. */
    public Result<T> earlier(String key, JsonObject body) {
        Stored<T> stored = byKey.get(key);
        return stored == null ? null : compare(stored, body);
    }

    /**
     * Makes the value of {@code body} under {@code key} with {@code create}, unless a request made one
     * first (then as {@link #earlier}). {@code create} runs at most once per key.
     */
    public Result<T> claim(String key, JsonObject body, Supplier<T> create) {
        Objects.requireNonNull(body, "body");
        boolean[] made = new boolean[1];
        Stored<T> stored = byKey.computeIfAbsent(key, k -> {
            made[0] = true;
            return new Stored<>(body, create.get());
        });
        return made[0] ? new Result<>(Outcome.CREATED, stored.value()) : compare(stored, body);
    }

    private Result<T> compare(Stored<T> stored, JsonObject body) {
        return new Result<>(stored.body().equals(body) ? Outcome.REPLAYED : Outcome.CONFLICT, stored.value());
    }
}

package id.lintas.domain.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When to try again after failures, as outboxes do (SIAK submissions, notifications): the first
 * wait, doubled after each further failure, never longer than the longest.
 */
public record Backoff(Duration first, Duration longest) {
    public Backoff {
        Objects.requireNonNull(first);
        Objects.requireNonNull(longest);
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("0 < first <= longest");
        }
    }

    /** The wait after the {@code n}th failure in a row (1 for the first): first × 2^(n-1), at most the longest. */
    public Duration after(int n) {
        Duration wait = first.multipliedBy(1L << Math.min(Math.max(n, 1) - 1, 20));
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    /** When to try again, at {@code now}, after the {@code n}th failure in a row. */
    public Instant next(Instant now, int n) {
        return now.plus(after(n));
    }
}

package id.lintas.sandbox.courier.webhook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a webhook is delivered again after a failure (a non-2xx answer or no answer): the waits
 * before the second, third, ... attempt. {@link #defaults()}: 1, 2, 4, 8 and 16 seconds, six
 * attempts in all; tests use milliseconds.
 */
public record RetrySchedule(List<Duration> delays) {
    private static final int MAX_ATTEMPTS = 20;

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (delays.size() >= MAX_ATTEMPTS || delays.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("A retry schedule has at most " + (MAX_ATTEMPTS - 1)
                    + " waits, none negative: " + delays);
        }
    }

    /** Six attempts: the first at once, then after 1, 2, 4, 8 and 16 seconds. */
    public static RetrySchedule defaults() {
        return exponential(Duration.ofSeconds(1), 6);
    }

    /** {@code attempts} attempts in all, the waits doubling from {@code first}. */
    public static RetrySchedule exponential(Duration first, int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("At least one attempt: " + attempts);
        }
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < attempts - 1; i++) {
            waits.add(first.multipliedBy(1L << i));
        }
        return new RetrySchedule(waits);
    }

    /** How many attempts an event gets before it is given up. */
    public int attempts() {
        return delays.size() + 1;
    }

    /** The wait after the failed attempt number {@code attempt} (from 1), when another follows. */
    Duration delayAfter(int attempt) {
        return delays.get(attempt - 1);
    }
}

package id.lintas.sandbox.courier;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls every few milliseconds until a value is as wanted: no sleep longer than needed. */
final class Await {
    private static final long POLL_MS = 5;

    private Await() {
    }

    static <T> T until(Supplier<T> value, Predicate<T> wanted, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = value.get();
        while (!wanted.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + what + "; last: " + last);
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what, e);
            }
            last = value.get();
        }
        return last;
    }
}

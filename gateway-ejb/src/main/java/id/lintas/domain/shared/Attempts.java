package id.lintas.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The delivery attempts of an outbox entry (a SIAK submission, a notification): how many were
 * made, when the next is due, and the last error. The entry keeps its own status; this keeps the
 * counting, the back-off and the error text (clipped to its column) the same for every outbox.
 */
@Embeddable
public class Attempts {
    static final int MAX_ERROR = 2000;

    @Column(name = "attempts", nullable = false)
    private int count;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    protected Attempts() {
    }

    /** None made yet, the first due at {@code now}. */
    public static Attempts dueAt(Instant now) {
        Attempts a = new Attempts();
        a.nextAt = Objects.requireNonNull(now);
        return a;
    }

    /** An attempt that worked: counted, and the last error forgotten. */
    public void succeeded() {
        count++;
        lastError = null;
    }

    /**
     * An attempt that failed for now: counted, its error kept, the next one due after the
     * back-off. Returns whether it was the last of {@code max} attempts (no next one then).
     */
    public boolean failed(String error, Instant now, Backoff backoff, int max) {
        count++;
        lastError = clip(error);
        if (count >= max) {
            return true;
        }
        nextAt = backoff.next(now, count);
        return false;
    }

    /** An attempt that was refused: counted and its error kept; trying again cannot help. */
    public void refused(String error) {
        count++;
        lastError = clip(error);
    }

    /** Something else is due at {@code when} (a question about the answer, say), with what the last one said. */
    public void nextAt(Instant when, String error) {
        nextAt = Objects.requireNonNull(when);
        lastError = clip(error);
    }

    /** Keeps what the last exchange said (null: nothing went wrong), without counting an attempt. */
    public void note(String error) {
        lastError = clip(error);
    }

    /** Starts counting again, due at {@code now} (an admin's replay). */
    public void restart(Instant now) {
        count = 0;
        nextAt = Objects.requireNonNull(now);
    }

    public int count() {
        return count;
    }

    public Instant nextAt() {
        return nextAt;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    private static String clip(String s) {
        return s == null || s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR);
    }
}

package id.lintas.sandbox.fault;

/**
 * What to do with one request under the current fault: {@code millis} is the delay (SLOW) or the
 * hold (TIMEOUT), {@code status} the error status (ERROR).
 */
public record FaultDecision(Kind kind, long millis, int status) {

    public enum Kind {
        /** Handle the request normally. */
        PASS,
        /** Handle it after {@code millis}. */
        DELAY,
        /** Do not handle it: answer {@code status}. */
        FAIL,
        /** Handle it, then answer {@code status} instead of its answer (the caller cannot tell it was done). */
        FAIL_AFTER,
        /** Do not handle it and keep the connection silent for {@code millis}, then answer 504. */
        HOLD,
        /** Do not handle it: answer 503 "not available". */
        UNAVAILABLE
    }

    private static final FaultDecision PASS = new FaultDecision(Kind.PASS, 0, 0);

    public static FaultDecision pass() {
        return PASS;
    }
}

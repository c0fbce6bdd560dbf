package id.lintas.sandbox.fault;

/** How a sandboxed system misbehaves; see {@link FaultSettings} for the parameters of each. */
public enum FaultMode {
    /** Answers normally. */
    NORMAL,
    /** Answers normally after {@code delayMs}. */
    SLOW,
    /** Answers {@code status} (default 503) for a {@code ratio} of the requests, spread evenly. */
    ERROR,
    /** Accepts the request and answers nothing for {@code holdSeconds} (default 90), then 504. */
    TIMEOUT,
    /** Unavailable for {@code seconds}: 503 at once; back to normal by itself afterwards. */
    DOWN
}

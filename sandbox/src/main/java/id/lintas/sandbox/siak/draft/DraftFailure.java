package id.lintas.sandbox.siak.draft;

/** A draft operation that cannot be done: the draft is unknown, or its state or key forbid it. */
public final class DraftFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        NOT_FOUND,
        CONFLICT
    }

    private final Reason reason;
    private final String code;

    DraftFailure(Reason reason, String code, String message) {
        super(message, null, false, false);
        this.reason = reason;
        this.code = code;
    }

    public Reason reason() {
        return reason;
    }

    public String code() {
        return code;
    }
}

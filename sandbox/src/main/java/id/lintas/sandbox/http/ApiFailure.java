package id.lintas.sandbox.http;

import java.util.List;

/**
 * A refusal with its HTTP status: a stable code for programs, a message for people, and
 * {@code problems} (each a field and its message) when a body failed several checks. How it is
 * written on the wire is up to the API's {@link ErrorFormat}: SIAK's (and the admin API's) upper-case
 * Indonesian codes and messages are the ones given here; a failure the shared HTTP layer raises for
 * any API also carries its {@link Generic} kind, so another API can word it its own way.
 */
public final class ApiFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final Generic generic;
    private final transient List<Problem> problems;

    /**
     * The failures the shared HTTP layer ({@link Endpoint}, {@link Router}, {@link Json},
     * {@link ApiKey}, {@link IdempotencyKeys}) raises whatever the API.
     */
    public enum Generic {
        UNKNOWN_PATH,
        METHOD_NOT_ALLOWED,
        INVALID_JSON,
        BODY_TOO_LARGE,
        UNREADABLE_BODY,
        /** A member that should be text or a number is an object or an array. */
        NOT_TEXT,
        MISSING_CREDENTIALS,
        INVALID_CREDENTIALS,
        IDEMPOTENCY_KEY_MISSING,
        IDEMPOTENCY_KEY_INVALID,
        SERVER_ERROR,
        /** An ERROR fault answered instead of the system (status as set). */
        SIMULATED_ERROR,
        /** A DOWN fault: 503 at once. */
        UNAVAILABLE,
        /** A TIMEOUT fault's hold ended: 504. */
        TIMED_OUT
    }

    public ApiFailure(int status, String code, String message, List<Problem> problems) {
        this(status, code, message, problems, null);
    }

    public ApiFailure(int status, String code, String message) {
        this(status, code, message, List.of(), null);
    }

    private ApiFailure(int status, String code, String message, List<Problem> problems, Generic generic) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
        this.generic = generic;
    }

    /** A failure of the shared HTTP layer: {@code code} and {@code message} are SIAK's wording of it. */
    public static ApiFailure generic(Generic kind, int status, String code, String message) {
        return new ApiFailure(status, code, message, List.of(), kind);
    }

    /** One failed check of a submitted body: the field ({@code null} for the body as a whole) and why. */
    public record Problem(String field, String message) {
    }

    public static ApiFailure badRequest(String code, String message) {
        return new ApiFailure(400, code, message);
    }

    public static ApiFailure notFound(String code, String message) {
        return new ApiFailure(404, code, message);
    }

    public static ApiFailure conflict(String code, String message) {
        return new ApiFailure(409, code, message);
    }

    public static ApiFailure unprocessable(String code, String message) {
        return new ApiFailure(422, code, message);
    }

    /** 422 with every problem found, the messages joined into {@code PESAN}. */
    public static ApiFailure invalid(String code, List<Problem> problems) {
        String message = problems.size() == 1 ? problems.get(0).message()
                : "Data tidak valid: " + String.join("; ", problems.stream().map(Problem::message).toList());
        return new ApiFailure(422, code, message, problems);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The kind of a failure of the shared HTTP layer; {@code null} for one an API raised itself. */
    public Generic generic() {
        return generic;
    }

    public List<Problem> problems() {
        return problems;
    }
}

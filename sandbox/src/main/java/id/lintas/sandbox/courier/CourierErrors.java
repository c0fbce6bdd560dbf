package id.lintas.sandbox.courier;

import id.lintas.sandbox.http.ApiFailure;
import id.lintas.sandbox.http.ErrorFormat;
import id.lintas.sandbox.http.Json;
import id.lintas.sandbox.http.Reply;
import jakarta.json.JsonArrayBuilder;

/**
 * The courier API's error body: {@code {"success":false,"error":{"code":"...","message":"..."}}},
 * plus {@code "details":[{"field":"...","message":"..."}]} when a body failed several checks. Codes
 * are lower-case snake case, messages English; the shared HTTP layer's failures (unknown path, bad
 * JSON, missing key, injected faults, ...) get the courier's own words. A 401 carries
 * {@code WWW-Authenticate: Bearer}.
 */
final class CourierErrors implements ErrorFormat {
    static final CourierErrors FORMAT = new CourierErrors();

    private CourierErrors() {
    }

    @Override
    public Reply render(ApiFailure failure) {
        String code = failure.code();
        String message = failure.getMessage();
        if (failure.generic() != null) {
            Words words = words(failure);
            code = words.code();
            message = words.message();
        }
        var error = Json.object().add("code", code).add("message", message);
        if (!failure.problems().isEmpty()) {
            JsonArrayBuilder details = Json.array();
            failure.problems().forEach(p -> details.add(Json.put(Json.object(), "field", p.field()).add("message", p.message())));
            error.add("details", details);
        }
        Reply reply = Reply.json(failure.status(), Json.object().add("success", false).add("error", error).build());
        return failure.status() == 401 ? reply.withHeader("WWW-Authenticate", "Bearer realm=\"courier\"") : reply;
    }

    private record Words(String code, String message) {
    }

    /** The code and message of a failure of the shared HTTP layer. */
    private static Words words(ApiFailure failure) {
        return switch (failure.generic()) {
            case UNKNOWN_PATH -> new Words("not_found", "No such endpoint.");
            case METHOD_NOT_ALLOWED -> new Words("method_not_allowed", "This endpoint does not accept that HTTP method.");
            case INVALID_JSON -> new Words("invalid_json", "The request body must be a JSON object.");
            case BODY_TOO_LARGE -> new Words("payload_too_large", "The request body exceeds 1 MB.");
            case UNREADABLE_BODY -> new Words("bad_request", "The request body could not be read.");
            case NOT_TEXT -> new Words("validation_failed", "A field that should be text is an object or an array.");
            case MISSING_CREDENTIALS -> new Words("unauthorized", "Missing API key: send Authorization: Bearer <key>.");
            case INVALID_CREDENTIALS -> new Words("unauthorized", "Invalid API key.");
            case IDEMPOTENCY_KEY_MISSING -> new Words("idempotency_key_required", "The Idempotency-Key header is required.");
            case IDEMPOTENCY_KEY_INVALID -> new Words("idempotency_key_invalid", "The Idempotency-Key header is too long.");
            case SERVER_ERROR -> new Words("internal_error", "Internal server error.");
            case SIMULATED_ERROR -> new Words("service_error",
                    "The courier service failed (simulated fault, HTTP " + failure.status() + ").");
            case UNAVAILABLE -> new Words("service_unavailable", "The courier service is temporarily unavailable.");
            case TIMED_OUT -> new Words("gateway_timeout", "The courier service did not answer in time.");
        };
    }
}

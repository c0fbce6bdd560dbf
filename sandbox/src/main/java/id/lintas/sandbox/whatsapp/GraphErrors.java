package id.lintas.sandbox.whatsapp;

import id.lintas.sandbox.http.ApiFailure;
import id.lintas.sandbox.http.ErrorFormat;
import id.lintas.sandbox.http.Json;
import id.lintas.sandbox.http.Reply;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * The Graph API's error body, as the gateway will meet it from Meta:
 * {@code {"error":{"message","type","code","error_subcode"?,"error_data":{"messaging_product","details"}?,"fbtrace_id"}}}.
 * A failure raised here carries its Graph type, code and subcode in the {@link ApiFailure}'s code
 * ({@code OAuthException#131009#2494010}) and its details as the one problem; the shared HTTP layer's
 * failures (unknown path, bad JSON, missing token, injected faults) are worded as Graph words them.
 * A 401 carries {@code WWW-Authenticate: OAuth "Facebook Platform" "invalid_token" "..."}.
 */
final class GraphErrors implements ErrorFormat {
    static final GraphErrors FORMAT = new GraphErrors();
    static final String OAUTH = "OAuthException";
    static final String METHOD = "GraphMethodException";
    private static final SecureRandom RANDOM = new SecureRandom();

    private GraphErrors() {
    }

    /** A Graph error: HTTP {@code status}, its type, code, subcode ({@code null}: none), message and details ({@code null}: none). */
    static ApiFailure failure(int status, String type, int code, Integer subcode, String message, String details) {
        String encoded = type + "#" + code + "#" + (subcode == null ? "" : subcode);
        return new ApiFailure(status, encoded, message, details == null ? List.of() : List.of(new ApiFailure.Problem(null, details)));
    }

    /** 400 {@code (#100) Invalid parameter} with what was wrong. */
    static ApiFailure invalidParameter(String details) {
        return failure(400, OAUTH, 100, null, "(#100) Invalid parameter", details);
    }

    /** 400 {@code (#131008) Required parameter is missing}. */
    static ApiFailure missing(String details) {
        return failure(400, OAUTH, 131008, null, "(#131008) Required parameter is missing", details);
    }

    /** 400 {@code (#131009) Parameter value is not valid}. */
    static ApiFailure notValid(String details) {
        return failure(400, OAUTH, 131009, null, "(#131009) Parameter value is not valid", details);
    }

    /** 400: an object the token cannot see or that does not exist, worded for {@code method} (post, get, delete). */
    static ApiFailure unknownObject(String method, String id) {
        return failure(400, METHOD, 100, 33, "Unsupported " + method + " request. Object with ID '" + id + "' does not exist, cannot be"
                + " loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at"
                + " https://developers.facebook.com/docs/graph-api", null);
    }

    @Override
    public Reply render(ApiFailure failure) {
        String type = OAUTH;
        int code;
        Integer subcode = null;
        String message = failure.getMessage();
        String details = failure.problems().isEmpty() ? null : failure.problems().get(0).message();
        int status = failure.status();
        if (failure.generic() != null) {
            Words words = words(failure);
            type = words.type();
            code = words.code();
            message = words.message();
            status = words.status();
            details = null;
        } else {
            String[] parts = failure.code().split("#", -1);
            type = parts[0];
            code = Integer.parseInt(parts[1]);
            subcode = parts[2].isEmpty() ? null : Integer.valueOf(parts[2]);
        }
        var error = Json.object().add("message", message).add("type", type).add("code", code);
        if (subcode != null) {
            error.add("error_subcode", subcode);
        }
        if (details != null) {
            error.add("error_data", Json.object().add("messaging_product", "whatsapp").add("details", details));
        }
        if (status >= 500) {
            error.add("is_transient", true);
        }
        error.add("fbtrace_id", traceId());
        Reply reply = Reply.json(status, Json.object().add("error", error).build());
        return status == 401 ? reply.withHeader("WWW-Authenticate", "OAuth \"Facebook Platform\" \"invalid_token\" \"" + message + "\"") : reply;
    }

    private record Words(int status, String type, int code, String message) {
    }

    private static Words words(ApiFailure failure) {
        return switch (failure.generic()) {
            case UNKNOWN_PATH -> new Words(400, OAUTH, 2500, "Unknown path components");
            case METHOD_NOT_ALLOWED -> new Words(400, METHOD, 100, "Unsupported request - method type not supported for this path");
            case INVALID_JSON, NOT_TEXT, UNREADABLE_BODY, IDEMPOTENCY_KEY_MISSING, IDEMPOTENCY_KEY_INVALID ->
                    new Words(400, OAUTH, 100, "(#100) Invalid parameter");
            case BODY_TOO_LARGE -> new Words(413, OAUTH, 100, "(#100) The request body is too large for the sandbox");
            case MISSING_CREDENTIALS -> new Words(401, OAUTH, 2500, "An active access token must be used to query information about the"
                    + " current user.");
            case INVALID_CREDENTIALS -> new Words(401, OAUTH, 190, "Invalid OAuth access token - Cannot parse access token");
            case SERVER_ERROR -> new Words(500, OAUTH, 1, "An unknown error occurred");
            case SIMULATED_ERROR -> failure.status() >= 500 ? new Words(failure.status(), OAUTH, 2, "(#2) Service temporarily unavailable")
                    : new Words(failure.status(), OAUTH, 131000, "(#131000) Something went wrong");
            case UNAVAILABLE, TIMED_OUT -> new Words(failure.status(), OAUTH, 2, "(#2) Service temporarily unavailable");
        };
    }

    /** Like Meta's: 23 characters of base64. */
    private static String traceId() {
        byte[] bytes = new byte[17];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().withoutPadding().encodeToString(bytes).substring(0, 23);
    }
}

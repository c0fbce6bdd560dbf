package id.lintas.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Objects;

/**
 * The shared secret a caller presents: in the {@value #HEADER} header, as the gateway does with the
 * real SIAK's key (one key for SIAK and the admin API), or as {@code Authorization: Bearer <key>}
 * ({@link #bearer}), as commercial APIs such as a courier's want it; or {@linkplain #none() none}, for
 * a protocol whose clients send no key (RFC 3161 timestamp queries).
 */
public final class ApiKey {
    public static final String HEADER = "X-Siak-Key";
    private static final String AUTHORIZATION = "Authorization";
    private static final String BEARER = "bearer ";
    private final byte[] expected;
    private final boolean bearer;

    /** A key sent in the {@value #HEADER} header. */
    public ApiKey(String key) {
        this(key, false);
    }

    private ApiKey() {
        this.expected = null;
        this.bearer = false;
    }

    private ApiKey(String key, boolean bearer) {
        if (Objects.requireNonNull(key, "key").isBlank()) {
            throw new IllegalArgumentException("The API key must not be blank");
        }
        this.expected = key.getBytes(StandardCharsets.UTF_8);
        this.bearer = bearer;
    }

    /** A key sent as {@code Authorization: Bearer <key>}. */
    public static ApiKey bearer(String key) {
        return new ApiKey(key, true);
    }

    /** No key: every request passes, as at a timestamp authority, whose clients send none. */
    public static ApiKey none() {
        return new ApiKey();
    }

    /** Refuses a request whose key is missing or wrong with 401 (compared in constant time). */
    public void check(Request request) {
        if (expected == null) {
            return;
        }
        String presented = bearer ? bearerToken(request.header(AUTHORIZATION)) : request.header(HEADER);
        String where = bearer ? AUTHORIZATION + ": Bearer <kunci>" : HEADER;
        if (presented == null || presented.isBlank()) {
            throw ApiFailure.generic(ApiFailure.Generic.MISSING_CREDENTIALS, 401, "KUNCI_API_WAJIB",
                    "Header " + where + " wajib diisi.");
        }
        if (!MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8))) {
            throw ApiFailure.generic(ApiFailure.Generic.INVALID_CREDENTIALS, 401, "KUNCI_API_TIDAK_VALID",
                    "Kunci API pada header " + where + " tidak valid.");
        }
    }

    private static String bearerToken(String authorization) {
        if (authorization == null || !authorization.strip().toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return null;
        }
        return authorization.strip().substring(BEARER.length()).strip();
    }
}

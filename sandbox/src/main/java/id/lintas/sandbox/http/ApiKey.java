package id.lintas.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * The shared secret a caller sends in the {@value #HEADER} header, as the gateway does with the
 * real SIAK's key. One key guards every sandbox endpoint, the admin API included.
 */
public final class ApiKey {
    public static final String HEADER = "X-Siak-Key";
    private final byte[] expected;

    public ApiKey(String key) {
        if (Objects.requireNonNull(key, "key").isBlank()) {
            throw new IllegalArgumentException("The API key must not be blank");
        }
        this.expected = key.getBytes(StandardCharsets.UTF_8);
    }

    /** Refuses a missing or wrong key with 401 (compared in constant time). */
    public void check(String presented) {
        if (presented == null || presented.isBlank()) {
            throw new ApiFailure(401, "KUNCI_API_WAJIB", "Header " + HEADER + " wajib diisi.");
        }
        if (!MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiFailure(401, "KUNCI_API_TIDAK_VALID", "Kunci API pada header " + HEADER + " tidak valid.");
        }
    }
}

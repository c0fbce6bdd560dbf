package id.lintas.interfaces.rest.courier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The courier's signature of a webhook: {@code X-Courier-Signature: sha256=<hex>}, the HMAC-SHA256
 * of the exact body bytes with the secret the office shares with the courier. Checked before the
 * body is read, in constant time, so a forged report is neither parsed nor recorded and the check
 * tells an attacker nothing by its timing.
 */
final class WebhookSignature {
    static final String HEADER = "X-Courier-Signature";
    private static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    WebhookSignature(String secret) {
        if (Objects.requireNonNull(secret, "secret").isEmpty()) {
            throw new IllegalArgumentException("the courier's webhook secret must not be empty");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** Whether {@code header} is the signature of {@code body}; false when it is missing or malformed. */
    boolean matches(byte[] body, String header) {
        if (body == null || header == null || !header.strip().regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.strip().substring(PREFIX.length()));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(mac(body), given);
    }

    /** The header's value for {@code body}, as the courier signs it. */
    String sign(byte[] body) {
        return PREFIX + HexFormat.of().formatHex(mac(body));
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}

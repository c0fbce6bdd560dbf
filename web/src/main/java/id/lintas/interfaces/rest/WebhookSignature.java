package id.lintas.interfaces.rest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook body as the courier ({@code X-Courier-Signature}) and Meta's
 * WhatsApp Cloud API ({@code X-Hub-Signature-256}) both write it: {@code sha256=<hex>}, the
 * HMAC-SHA256 of the exact body bytes with the shared secret (the courier's webhook secret, the
 * Meta app's secret). Checked before the body is read, in constant time, so a forged call is
 * neither parsed nor recorded and the check tells an attacker nothing by its timing.
 */
public final class WebhookSignature {
    private static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public WebhookSignature(String secret) {
        if (Objects.requireNonNull(secret, "secret").isEmpty()) {
            throw new IllegalArgumentException("a webhook secret must not be empty");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** Whether {@code header} is the signature of {@code body}; false when it is missing or malformed. */
    public boolean matches(byte[] body, String header) {
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

    /** The header's value for {@code body}, as the sender signs it. */
    public String sign(byte[] body) {
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

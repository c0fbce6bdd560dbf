package id.lintas.sandbox.courier.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies as the receiver checks them: {@code X-Courier-Signature: sha256=<hex>}, the
 * lower-case hex HMAC-SHA256 of the exact body bytes with the shared webhook secret.
 */
public final class WebhookSigner {
    public static final String HEADER = "X-Courier-Signature";
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public WebhookSigner(String secret) {
        if (Objects.requireNonNull(secret, "secret").isEmpty()) {
            throw new IllegalArgumentException("The webhook secret must not be empty");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The header's value for {@code body}: {@code sha256=} and 64 lower-case hex digits. */
    public String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}

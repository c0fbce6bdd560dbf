package id.lintas.domain.model.notification;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a partner knows a callback comes from Lintas: {@code X-Lintas-Signature: sha256=<hex>},
 * the HMAC-SHA256 of the exact body bytes (UTF-8) with the partner's secret.
 */
public final class CallbackSignature {
    public static final String HEADER = "X-Lintas-Signature";
    private static final String PREFIX = "sha256=";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CallbackSignature() {
    }

    /** The header value for {@code body} signed with {@code secret}. */
    public static String of(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code header} is the signature of {@code body} with {@code secret} (compared in constant time). */
    public static boolean verify(String secret, String body, String header) {
        return header != null && MessageDigest.isEqual(of(secret, body).getBytes(StandardCharsets.US_ASCII),
                header.getBytes(StandardCharsets.US_ASCII));
    }

    /** A new secret: 32 random bytes, base64url, prefixed so that it is recognisable in a partner's configuration. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "lintas_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package id.lintas.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    private static final byte[] BODY = "{\"event\":\"order.status\",\"status\":\"picked_up\"}".getBytes(StandardCharsets.UTF_8);
    private final WebhookSignature signature = new WebhookSignature("courier-webhook-secret");

    @Test
    void acceptsTheHmacSha256OfTheExactBodyWithTheSharedSecret() {
        // computed independently: printf '%s' BODY | openssl dgst -sha256 -hmac courier-webhook-secret
        String expected = "sha256=2f84709774767411eb941eb0c328bfc418069e84393bf0db8ecc6c28fe9b853c";
        assertThat(signature.sign(BODY)).isEqualTo(expected).matches("sha256=[0-9a-f]{64}");
        assertThat(signature.matches(BODY, expected)).isTrue();
        assertThat(signature.matches(BODY, expected.toUpperCase().replace("SHA256=", "sha256="))).as("hex in either case").isTrue();
        assertThat(signature.matches(BODY, " " + expected + " ")).isTrue();
    }

    @Test
    void refusesAnotherBodyAnotherSecretAndMissingOrMalformedSignatures() {
        String signed = signature.sign(BODY);
        byte[] changed = "{\"event\":\"order.status\",\"status\":\"delivered\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(signature.matches(changed, signed)).isFalse();
        assertThat(new WebhookSignature("another-secret").matches(BODY, signed)).isFalse();
        assertThat(signature.matches(BODY, null)).isFalse();
        assertThat(signature.matches(BODY, "")).isFalse();
        assertThat(signature.matches(BODY, signed.substring("sha256=".length()))).as("without its prefix").isFalse();
        assertThat(signature.matches(BODY, "sha1=" + signed.substring(7))).isFalse();
        assertThat(signature.matches(BODY, "sha256=zz")).isFalse();
        assertThat(signature.matches(BODY, signed.substring(0, signed.length() - 2))).as("truncated").isFalse();
        assertThat(signature.matches(null, signed)).isFalse();
        assertThatThrownBy(() -> new WebhookSignature("")).isInstanceOf(IllegalArgumentException.class);
    }
}

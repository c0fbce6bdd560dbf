package id.lintas.domain.model.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallbackSignatureTest {
    @Test
    void theSignatureIsTheHexHmacSha256OfTheBody() {
        // a published HMAC-SHA256 test value
        assertThat(CallbackSignature.of("key", "The quick brown fox jumps over the lazy dog"))
                .isEqualTo("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void anyChangeOfTheBodyOrTheSecretBreaksIt() {
        String body = "{\"event\":\"case.moved\",\"reference\":\"RM-1\",\"caseNumber\":\"Bayi Ny. Sri Rahayu\"}";
        String header = CallbackSignature.of("s3cret", body);
        assertThat(CallbackSignature.verify("s3cret", body, header)).isTrue();
        assertThat(CallbackSignature.verify("s3cret", body + " ", header)).isFalse();
        assertThat(CallbackSignature.verify("other", body, header)).isFalse();
        assertThat(CallbackSignature.verify("s3cret", body, null)).isFalse();
    }

    @Test
    void secretsAreLongRandomAndRecognisable() {
        String secret = CallbackSignature.newSecret();
        assertThat(secret).startsWith("lintas_").hasSize("lintas_".length() + 43).matches("lintas_[A-Za-z0-9_-]+");
        assertThat(secret).isNotEqualTo(CallbackSignature.newSecret());
    }

    @Test
    void theCallbackBodyHasItsFieldsInAFixedOrderWithNullsForNoStep() {
        Instant at = Instant.parse("2026-11-23T02:03:04Z");
        String opened = new CaseMovedCallback("e-1", "RM-7", "3316-SELINTAS-2026-000001", "CASE_OPENED", Optional.empty(),
                Optional.of("receive_application"), "OPEN", at, Map.of()).json();
        assertThat(opened).isEqualTo("{\"event\":\"case.moved\",\"eventId\":\"e-1\",\"reference\":\"RM-7\","
                + "\"caseNumber\":\"3316-SELINTAS-2026-000001\",\"action\":\"CASE_OPENED\",\"fromStep\":null,"
                + "\"toStep\":\"receive_application\",\"status\":\"OPEN\",\"at\":\"2026-11-23T02:03:04Z\"}");
        String numbered = new CaseMovedCallback("e-2", "RM-7", "C", "STEP_COMPLETED", Optional.of("courier_delivery"),
                Optional.empty(), "COMPLETED", at, Map.of("NO_KK", "3316090101260001", "NIK", "3316095011260001")).json();
        assertThat(numbered).contains("\"toStep\":null")
                .endsWith("\"siak\":{\"NIK\":\"3316095011260001\",\"NO_KK\":\"3316090101260001\"}}");
    }
}

package id.lintas.domain.model.office;

import static id.lintas.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class InstitutionCallbackTest {
    private static Institution hospital() {
        return new Institution(new Office(new OfficeCode("3316"), "Kabupaten Blora", "Jawa Tengah", ZoneId.of("Asia/Jakarta")),
                InstitutionType.HOSPITAL, "RSUD-BLORA", "RSUD dr. R. Soetijono Blora");
    }

    @Test
    void theFirstUrlComesWithASecretAChangedUrlKeepsItAndNoUrlRemovesBoth() {
        Institution rs = hospital();
        assertThat(rs.callback()).isEmpty();
        String secret = rs.callbackTo(" https://simrs.example/lintas/callback?src=1 ").orElseThrow();
        assertThat(rs.callback()).hasValueSatisfying(c -> {
            assertThat(c.url()).isEqualTo("https://simrs.example/lintas/callback?src=1");
            assertThat(c.secret()).isEqualTo(secret);
            assertThat(c.toString()).doesNotContain(secret);
        });
        assertThat(rs.callbackTo("http://10.0.0.5:8080/hook")).as("the partner keeps its secret").isEmpty();
        assertThat(rs.callback().orElseThrow().secret()).isEqualTo(secret);
        String renewed = rs.newCallbackSecret();
        assertThat(renewed).isNotEqualTo(secret);
        assertThat(rs.callback().orElseThrow().secret()).isEqualTo(renewed);
        assertThat(rs.callbackTo("  ")).isEmpty();
        assertThat(rs.callback()).isEmpty();
        assertRefused(rs::newCallbackSecret, "partner.callback.noUrl");
    }

    @Test
    void onlyAbsoluteHttpUrlsWithoutCredentialsAreCallbackUrls() {
        Institution rs = hospital();
        for (String bad : new String[] {"simrs.example/hook", "ftp://simrs.example/hook", "javascript:alert(1)",
            "https://user:pw@simrs.example/hook", "https://simrs.example/hook#x", "http://exa mple/", "https:///nohost",
            "https://simrs.example/" + "a".repeat(500)}) {
            assertRefused(() -> rs.callbackTo(bad), "partner.callback.url");
        }
        assertThat(rs.callback()).isEmpty();
    }
}

package id.lintas.domain.model.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {
    private final LocalizedText text = LocalizedText.of("Berkas lengkap", "Complete file");

    @Test
    void isIndonesianUnlessEnglishIsAsked() {
        assertThat(text.in(Locale.forLanguageTag("id"))).isEqualTo("Berkas lengkap");
        assertThat(text.in(Locale.FRENCH)).isEqualTo("Berkas lengkap");
        assertThat(text.in(null)).isEqualTo("Berkas lengkap");
        assertThat(text.in(Locale.ENGLISH)).isEqualTo("Complete file");
        assertThat(text.in(Locale.UK)).isEqualTo("Complete file");
    }

    @Test
    void needsBothLanguages() {
        assertThatThrownBy(() -> LocalizedText.of(" ", "Complete file")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Indonesian");
        assertThatThrownBy(() -> LocalizedText.of("Berkas lengkap", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("English");
    }
}

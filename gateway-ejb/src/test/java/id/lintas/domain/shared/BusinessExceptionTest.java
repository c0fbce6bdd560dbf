package id.lintas.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BusinessExceptionTest {
    @Test
    void speaksIndonesianFirstAndEnglishOnRequest() {
        BusinessException e = new BusinessException("user.password.tooShort", 8);
        assertThat(e.message(Locale.forLanguageTag("id"))).isEqualTo("Kata sandi minimal 8 karakter.");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("The password must have at least 8 characters.");
        assertThat(e.message(Locale.FRENCH)).isEqualTo("Kata sandi minimal 8 karakter.");
        assertThat(e.getMessage()).isEqualTo("Kata sandi minimal 8 karakter. / The password must have at least 8 characters.");
    }

    @Test
    void indonesianIsUsedEvenWhenTheJvmSpeaksEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(new BusinessException("auth.required").message(Locale.forLanguageTag("id")))
                    .isEqualTo("Silakan masuk terlebih dahulu.");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void unknownKeyIsShownAsKey() {
        assertThat(new BusinessException("no.such.key", "x").message(Locale.ENGLISH)).isEqualTo("no.such.key [x]");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        assertThat(keys("errors_id")).isEqualTo(keys("errors_en"));
    }

    @Test
    void apostrophesAreDoubledForMessageFormat() throws Exception {
        for (String bundle : new String[] {"errors_id", "errors_en"}) {
            Properties p = properties(bundle);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key).replace("''", "")).as(bundle + ": " + key).doesNotContain("'");
            }
        }
        assertThat(new BusinessException("case.subjectRequired").message(Locale.ENGLISH)).contains("case's subject");
    }

    private static Properties properties(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = BusinessException.class.getResourceAsStream("/id/lintas/messages/" + name + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    private static java.util.Set<String> keys(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = BusinessException.class.getResourceAsStream("/id/lintas/messages/" + name + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }
}

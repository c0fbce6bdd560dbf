package id.lintas.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DocumentsReadyMailTest {
    private final DocumentsReadyMail mail = new DocumentsReadyMail("Bayi Ny. Sri Rahayu", "3316-SELINTAS-2026-000042",
            "Kabupaten Blora", "Jl. Pemuda No. 16, Blora · telepon (0296) 531000");

    @Test
    void theSubjectIsIndonesianWithTheChildAndTheCaseNumber() {
        assertThat(mail.subject()).isEqualTo("Dokumen kelahiran Bayi Ny. Sri Rahayu sedang dikirim (3316-SELINTAS-2026-000042)");
    }

    @Test
    void theTextIsIndonesianFirstThenEnglishWithTheCaseTheChildAndTheOfficesContact() {
        String body = mail.body();
        int english = body.indexOf("Dear parents");
        assertThat(body).startsWith("Yth. Bapak/Ibu,");
        assertThat(english).isGreaterThan(body.indexOf("Hormat kami"));
        String indonesian = body.substring(0, english);
        assertThat(indonesian).contains("Bayi Ny. Sri Rahayu", "3316-SELINTAS-2026-000042", "sedang diantar oleh kurir",
                "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora: Jl. Pemuda No. 16, Blora · telepon (0296) 531000");
        assertThat(body.substring(english)).contains("Bayi Ny. Sri Rahayu", "3316-SELINTAS-2026-000042", "on their way",
                "child's identity card", "Population and Civil Registration Office of Kabupaten Blora: Jl. Pemuda");
        assertThat(body).doesNotContain("{", "''");
    }

    @Test
    void withoutAContactTheOfficeIsNamedAlone() {
        String body = new DocumentsReadyMail("Bayi", "C-1", "Kabupaten Blora", null).body();
        assertThat(body).contains("hubungi Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora.", "Office of Kabupaten Blora.")
                .doesNotContain("null");
    }

    @Test
    void bothLanguagesHaveTheSameTexts() throws Exception {
        assertThat(keys("en")).isEqualTo(keys("id"));
    }

    private static java.util.Set<String> keys(String language) throws Exception {
        Properties p = new Properties();
        try (var in = DocumentsReadyMailTest.class.getResourceAsStream("/id/lintas/messages/mail_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }
}

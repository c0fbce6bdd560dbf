package id.lintas.interfaces.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.identity.Role;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BundlesTest {
    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void indonesianAndEnglishHaveTheSameKeys(String bundle) throws Exception {
        assertThat(keys(bundle + "_en")).isEqualTo(keys(bundle + "_id"));
    }

    @Test
    void everyRoleHasANameAndDuties() throws Exception {
        Set<String> keys = keys("messages_id");
        for (Role role : Role.values()) {
            assertThat(keys).contains("role." + role + ".name", "role." + role + ".duties");
        }
    }

    private static Set<String> keys(String name) throws Exception {
        Properties p = new Properties();
        try (var in = BundlesTest.class.getResourceAsStream("/id/lintas/web/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }
}

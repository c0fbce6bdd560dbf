package id.lintas.interfaces.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.identity.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RoleHomeTest {
    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    void foldersFollowTheRoleNames() {
        assertThat(RoleHome.folder(Role.KABID_CAPIL)).isEqualTo("/kabid-capil/");
        assertThat(RoleHome.homePage(Role.OPERATOR)).isEqualTo("/operator/index.xhtml");
    }

    @Test
    void everyRoleHasAHomePageProtectedForThatRoleAlone() throws Exception {
        Map<String, String> constraints = securityConstraints();
        for (Role role : Role.values()) {
            String folder = RoleHome.folder(role);
            assertThat(Files.exists(WEBAPP.resolve(RoleHome.homePage(role).substring(1)))).as(role.name()).isTrue();
            assertThat(constraints).as(role.name()).containsEntry(folder + "*", role.name());
        }
    }

    /** url-pattern to its single role-name in web.xml. */
    private static Map<String, String> securityConstraints() throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(WEBAPP.resolve("WEB-INF/web.xml").toFile());
        Map<String, String> result = new HashMap<>();
        NodeList list = document.getElementsByTagName("security-constraint");
        for (int i = 0; i < list.getLength(); i++) {
            Element constraint = (Element) list.item(i);
            NodeList roles = constraint.getElementsByTagName("role-name");
            NodeList patterns = constraint.getElementsByTagName("url-pattern");
            for (int p = 0; p < patterns.getLength(); p++) {
                assertThat(roles.getLength()).as(patterns.item(p).getTextContent()).isLessThanOrEqualTo(1);
                result.put(patterns.item(p).getTextContent(), roles.getLength() == 0 ? "" : roles.item(0).getTextContent());
            }
        }
        return result;
    }
}

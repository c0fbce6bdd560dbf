package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may enter where: login per role, the role matrix, refusals and their audit. */
@ExtendWith(ArquillianExtension.class)
class PortalSecurityIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void eachRoleLogsInAndLandsOnItsOwnHomePage() throws Exception {
        for (DemoUsers user : DemoUsers.ALL) {
            PortalClient client = new PortalClient();
            HttpResponse<String> login = client.login(user.username(), Deployments.DEMO_PASSWORD);
            assertThat(login.statusCode()).as(user.role()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location")).get().asString().as(user.role()).endsWith(user.home());
            HttpResponse<String> home = client.follow(login);
            assertThat(home.statusCode()).as(user.role()).isEqualTo(200);
            assertThat(home.body()).as(user.role()).contains("data-role=\"" + user.role() + "\"")
                    .contains("Kabupaten Blora (3316)");
        }
    }

    @Test
    void everyRoleIsRefusedEveryOtherRolesPages() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (DemoUsers user : DemoUsers.ALL) {
            PortalClient client = new PortalClient();
            assertThat(client.login(user.username(), Deployments.DEMO_PASSWORD).statusCode()).isEqualTo(302);
            for (DemoUsers other : DemoUsers.ALL) {
                HttpResponse<String> page = client.get(other.home());
                int expected = other == user ? 200 : 403;
                if (page.statusCode() != expected) {
                    wrong.add(user.role() + " -> " + other.home() + ": " + page.statusCode());
                }
                if (expected == 403) {
                    assertThat(page.body()).as(user.role() + " on " + other.home()).contains("Akses ditolak")
                            .doesNotContain("data-role=").doesNotContain("Exception");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void onlyTheAdminSeesTheOfficeUserList() throws Exception {
        PortalClient admin = new PortalClient();
        admin.login("admin", Deployments.DEMO_PASSWORD);
        HttpResponse<String> users = admin.get("admin/users.xhtml");
        assertThat(users.statusCode()).isEqualTo(200);
        for (DemoUsers user : DemoUsers.ALL) {
            assertThat(users.body()).contains(">" + user.username() + "<");
        }
        PortalClient kasi = new PortalClient();
        kasi.login("kasi", Deployments.DEMO_PASSWORD);
        assertThat(kasi.get("admin/users.xhtml").statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() throws Exception {
        long before = PlatformIT.maxAuditId();
        PortalClient client = new PortalClient();
        HttpResponse<String> login = client.login("operator", "not-the-password");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Nama pengguna atau kata sandi salah.");
        assertThat(client.get("operator/index.xhtml").statusCode()).isEqualTo(302);
        try (Connection c = Deployments.database(); PreparedStatement s = c.prepareStatement(
                "select action, actor, office_id from audit_entry where id > ? order by id")) {
            s.setLong(1, before);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("action")).isEqualTo("LOGIN_FAILED");
                assertThat(rs.getString("actor")).isEqualTo("operator");
                assertThat(rs.getLong("office_id")).isPositive();
                assertThat(rs.next()).as("nothing else recorded").isFalse();
            }
        }
    }

    @Test
    void anUnknownUserIsRefusedLikeAWrongPassword() throws Exception {
        HttpResponse<String> login = new PortalClient().login("nobody.here", "whatever-123");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Nama pengguna atau kata sandi salah.");
    }

    @Test
    void anUnauthenticatedRequestGoesToTheLoginPage() throws Exception {
        PortalClient client = new PortalClient();
        HttpResponse<String> page = client.get("kasi/index.xhtml");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).get().asString().contains("/login.xhtml");
        assertThat(client.follow(page).body()).contains("id=\"login\"");
    }

    @Test
    void aLoginAfterARefusedVisitLandsHomeAndStaysSignedIn() throws Exception {
        PortalClient client = new PortalClient();
        client.get("admin/users.xhtml");
        HttpResponse<String> login = client.login("admin", Deployments.DEMO_PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).get().asString().endsWith("/admin/index.xhtml");
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> users = client.get("admin/users.xhtml");
            assertThat(users.statusCode()).isEqualTo(200);
            assertThat(users.body()).contains(">kabid.capil<");
        }
    }

    @Test
    void aFailedAttemptDoesNotSpoilTheSession() throws Exception {
        PortalClient client = new PortalClient();
        client.login("operator", "typo-in-password");
        assertThat(client.get("operator/index.xhtml").statusCode()).isEqualTo(302);
        assertThat(client.login("operator", Deployments.DEMO_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(client.get("operator/index.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void theLoginPageSpeaksIndonesianAndSwitchesToEnglish() throws Exception {
        PortalClient client = new PortalClient();
        HttpResponse<String> page = client.get("login.xhtml");
        assertThat(page.body()).contains("Masuk ke Lintas").contains("lang=\"id\"");
        HttpResponse<String> english = client.post("login.xhtml", Map.of("languageForm", "languageForm",
                "languageForm:toEn", "languageForm:toEn", "jakarta.faces.ViewState", PortalClient.viewState(page.body())));
        assertThat(english.body()).contains("Sign in to Lintas").contains("lang=\"en\"");
        HttpResponse<String> refused = client.login("operator", "still-wrong");
        assertThat(refused.body()).contains("Wrong username or password.");
    }

    @Test
    void theEntryPointSendsEachUserHome() throws Exception {
        PortalClient anonymous = new PortalClient();
        assertThat(anonymous.get("").headers().firstValue("Location")).get().asString().endsWith("/login.xhtml");
        PortalClient courier = new PortalClient();
        courier.login("kurir", Deployments.DEMO_PASSWORD);
        assertThat(courier.get("").headers().firstValue("Location")).get().asString().endsWith("/courier/index.xhtml");
    }
}

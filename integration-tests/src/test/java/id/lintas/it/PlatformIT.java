package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The EAR on a real Payara with a real PostgreSQL: schema, health, EJB writes, demo seeding. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void healthReportsTheDatabaseUp() throws Exception {
        HttpResponse<String> health = new PortalClient().get("health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"name\":\"database\"")
                .contains("\"schema\":\"" + latestMigration() + "\"").contains("PostgreSQL 17");
    }

    @Test
    void flywayMigratedTheSchemaAtDeployment() throws Exception {
        try (Connection c = Deployments.database(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) filter (where success), count(*) from flyway_schema_history"
                        + " where version in ('1', '2')")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2).isEqualTo(rs.getInt(2));
        }
    }

    @Test
    void demoModeSeededAUserForEveryRoleWithPbkdf2Hashes() throws Exception {
        try (Connection c = Deployments.database(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select u.role, u.password_hash, o.code, i.type from app_user u"
                        + " join office o on o.id = u.office_id left join institution i on i.id = u.institution_id")) {
            int users = 0;
            while (rs.next()) {
                users++;
                assertThat(rs.getString("password_hash")).startsWith("PBKDF2WithHmacSHA512:210000:");
                assertThat(rs.getString("code")).isEqualTo("3316");
                boolean external = java.util.Set.of("HOSPITAL", "COURIER", "SCHOOL", "VILLAGE").contains(rs.getString("role"));
                assertThat(rs.getString("type") != null).as(rs.getString("role")).isEqualTo(external);
            }
            assertThat(users).isEqualTo(DemoUsers.ALL.size() + 1); // and the second hospital's
        }
    }

    @Test
    void loginWrittenByTheAuditEjbIsReadBackFromPostgres() throws Exception {
        long before = maxAuditId();
        HttpResponse<String> response = new PortalClient().login("kadis", Deployments.DEMO_PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        try (Connection c = Deployments.database(); PreparedStatement s = c.prepareStatement(
                "select a.action, a.actor, o.code from audit_entry a join office o on o.id = a.office_id where a.id > ?")) {
            s.setLong(1, before);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("action")).isEqualTo("LOGIN");
                assertThat(rs.getString("actor")).isEqualTo("kadis");
                assertThat(rs.getString("code")).isEqualTo("3316");
            }
        }
    }

    @Test
    void auditLogCannotBeChangedOrDeleted() throws Exception {
        new PortalClient().login("kasi", "wrong-password");
        try (Connection c = Deployments.database(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_entry set actor = 'someone-else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_entry")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
    }

    static String latestMigration() throws SQLException {
        try (Connection c = Deployments.database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select version from flyway_schema_history where success order by installed_rank desc limit 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static long maxAuditId() throws SQLException {
        try (Connection c = Deployments.database(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from audit_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

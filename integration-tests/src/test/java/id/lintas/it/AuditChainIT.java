package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log is sealed into a hash chain; the admin's verification finds a changed or a
 * deleted row. Tampering needs a database superuser who disables the append-only trigger,
 * which is what the test does (and undoes).
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void tamperingWithASealedRowIsDetectedByTheAdminsVerification() throws Exception {
        PortalClient admin = new PortalClient();
        admin.login("admin", Deployments.DEMO_PASSWORD);
        new PortalClient().login("kasi", "wrong-password");
        awaitAllSealed();

        assertThat(verify(admin)).contains("Rantai audit utuh").doesNotContain("RUSAK");

        long seq;
        String actor;
        try (Connection c = Deployments.database(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select seal_seq, actor from audit_entry where action = 'LOGIN_FAILED'"
                        + " and seal_seq is not null order by seal_seq desc limit 1")) {
            rs.next();
            seq = rs.getLong(1);
            actor = rs.getString(2);
        }
        tamper("update audit_entry set actor = 'bukan-kasi' where seal_seq = " + seq);
        try {
            assertThat(verify(admin)).contains("RUSAK").contains("nomor urut " + seq).contains("telah diubah");
        } finally {
            tamper("update audit_entry set actor = '" + actor + "' where seal_seq = " + seq);
        }
        assertThat(verify(admin)).contains("Rantai audit utuh");
    }

    @Test
    void aDeletedRowIsDetected() throws Exception {
        PortalClient admin = new PortalClient();
        admin.login("admin", Deployments.DEMO_PASSWORD);
        awaitAllSealed();
        long seq;
        try (Connection c = Deployments.database(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select min(seal_seq) + 1 from audit_entry")) {
            rs.next();
            seq = rs.getLong(1);
        }
        tamper("create table audit_entry_saved as select * from audit_entry where seal_seq = " + seq);
        tamper("delete from audit_entry where seal_seq = " + seq);
        try {
            assertThat(verify(admin)).contains("RUSAK").contains("nomor urut " + seq).contains("hilang");
        } finally {
            tamper("insert into audit_entry overriding system value select * from audit_entry_saved");
            tamper("drop table audit_entry_saved");
        }
        assertThat(verify(admin)).contains("Rantai audit utuh");
    }

    private static String verify(PortalClient admin) throws Exception {
        HttpResponse<String> page = admin.get("admin/audit.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> result = admin.post("admin/audit.xhtml", Map.of("audit", "audit", "audit:verify", "",
                "jakarta.faces.ViewState", PortalClient.viewState(page.body())));
        assertThat(result.statusCode()).isEqualTo(200);
        return result.body();
    }

    /** What a database superuser could do behind the application's back. */
    private static void tamper(String sql) throws Exception {
        try (Connection c = Deployments.database(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("alter table audit_entry disable trigger audit_entry_no_update");
            s.execute(sql);
            s.execute("alter table audit_entry enable trigger audit_entry_no_update");
            c.commit();
        }
    }

    private static void awaitAllSealed() throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            try (Connection c = Deployments.database(); PreparedStatement s = c.prepareStatement(
                    "select count(*) from audit_entry where seal_seq is null"); ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("audit entries were not sealed within 15 s");
    }
}

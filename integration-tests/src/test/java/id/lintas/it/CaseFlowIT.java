package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A DIK JAMILA ME-WA case opened, worked, returned and finished through the portal by the roles
 * of its SOP, with the application redeployed halfway: the case and its history survive.
 */
@ExtendWith(ArquillianExtension.class)
class CaseFlowIT {
    private static final String APP = "lintas";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = APP, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aCaseMovesThroughItsSopSurvivesRedeploymentAndReachesTheRightInboxes() throws Exception {
        deployer.deploy(APP);
        try {
            CasePortal portal = new CasePortal();
            var resident = Sandbox.sampleMother();
            long id = portal.open("operator", "operator", "DIK_JAMILA_MEWA", null, resident.getString("NAMA_LGKP"),
                    resident.getString("NIK"), null);
            String number = caseNumber(id);
            assertThat(number).matches("3316-DIK_JAMILA_MEWA-\\d{4}-\\d{6}");
            assertThat(portal.complete("operator", "operator", id)).contains("Langkah selesai."); // completeness

            // comparison with SIAK: not without SIAK's answer; a slow SIAK fails fast and harms nothing
            assertThat(portal.complete("operator", "operator", id)).anyMatch(m -> m.startsWith("Bandingkan data dengan SIAK dahulu"));
            Sandbox.fault("{\"mode\":\"SLOW\",\"delayMs\":4000}");
            long t0 = System.nanoTime();
            try {
                assertThat(portal.compare("operator", "operator", id)).anyMatch(m -> m.startsWith("SIAK sedang tidak tersedia"));
            } finally {
                Sandbox.fault("{\"mode\":\"NORMAL\"}");
            }
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(3500);
            assertThat(portal.compare("operator", "operator", id)).contains("Perbandingan dengan SIAK disimpan.");
            assertThat(portal.page("operator", "operator", id).body()).contains("Sesuai dengan SIAK");
            assertThat(portal.complete("operator", "operator", id)).contains("Langkah selesai.");
            // entry into SIAK: the submission goes through the outbox to the sandbox, which refuses a
            // "change" that changes nothing; the refusal waits in the dead letters, visible on the case
            assertThat(portal.complete("operator", "operator", id)).contains("Langkah selesai.");
            awaitPage(portal, id, "Gagal (menunggu admin)");
            assertThat(portal.page("operator", "operator", id).body()).contains("422");
            assertThat(portal.currentRoles("kasi", "kasi", id)).containsExactly("KASI");
            assertThat(portal.as("kasi").get("kasi/index.xhtml").body()).contains(number);
            assertThat(portal.as("operator").get("operator/index.xhtml").body()).doesNotContain(number);
            assertThat(portal.as("kabid.dafduk").get("kabid-dafduk/index.xhtml").body()).doesNotContain(number);

            // the kasi finds the draft wrong: back to the SIAK operator, with a reason
            assertThat(portal.sendBack("kasi", "kasi", id, "Nama ibu tidak sesuai akta")).contains("Berkas dikembalikan.");
            assertThat(portal.currentRoles("operator", "operator", id)).containsExactly("OPERATOR");
            assertThat(portal.as("operator").get("operator/index.xhtml").body()).contains(number);

            deployer.undeploy(APP);
            deployer.deploy(APP);

            CasePortal afterRedeploy = new CasePortal();
            String page = afterRedeploy.page("operator", "operator", id).body();
            assertThat(page).contains(number).contains("Nama ibu tidak sesuai akta").contains("Dikembalikan");
            assertThat(afterRedeploy.currentRoles("operator", "operator", id)).containsExactly("OPERATOR");

            afterRedeploy.complete("operator", "operator", id); // enter into SIAK again
            afterRedeploy.complete("kasi", "kasi", id);
            assertThat(afterRedeploy.currentRoles("kabid.capil", "kabid-capil", id)).containsExactly("KABID_DAFDUK", "KABID_CAPIL");
            afterRedeploy.complete("kabid.capil", "kabid-capil", id);
            afterRedeploy.complete("kadis", "kadis", id);
            afterRedeploy.complete("operator", "operator", id);
            assertThat(afterRedeploy.complete("operator", "operator", id)).contains("Langkah selesai.");
            assertThat(afterRedeploy.currentRoles("operator", "operator", id)).isEmpty();
            assertThat(afterRedeploy.page("operator", "operator", id).body()).contains("Selesai").doesNotContain("id=\"act\"");

            assertThat(history(id)).containsExactly(
                    "check_completeness COMPLETED operator", "check_against_siak COMPLETED operator",
                    "enter_in_siak COMPLETED operator", "kasi_check RETURNED kasi",
                    "enter_in_siak COMPLETED operator", "kasi_check COMPLETED kasi", "kabid_verify COMPLETED kabid.capil",
                    "kadis_sign COMPLETED kadis", "print_or_download COMPLETED operator", "hand_over COMPLETED operator");
            assertThat(auditActions(number)).startsWith("CASE_OPENED").contains("STEP_RETURNED")
                    .filteredOn("STEP_COMPLETED"::equals).hasSize(9);
        } finally {
            deployer.undeploy(APP);
        }
    }

    private static void awaitPage(CasePortal portal, long id, String text) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!portal.page("operator", "operator", id).body().contains(text)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("case page never showed: " + text);
            }
            Thread.sleep(500);
        }
    }

    private static String caseNumber(long id) throws Exception {
        try (Connection c = Deployments.database();
                PreparedStatement s = c.prepareStatement("select case_number from service_case where id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static List<String> history(long id) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = Deployments.database(); PreparedStatement s = c.prepareStatement(
                "select step_key, outcome, actor from step_execution where case_id = ? order by id")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        return rows;
    }

    static List<String> auditActions(String caseNumber) throws Exception {
        List<String> actions = new ArrayList<>();
        try (Connection c = Deployments.database();
                PreparedStatement s = c.prepareStatement("select action from audit_entry where subject = ? order by id")) {
            s.setString(1, caseNumber);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
        }
        return actions;
    }
}

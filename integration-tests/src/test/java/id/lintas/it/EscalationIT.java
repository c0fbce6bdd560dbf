package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A step past its due time is marked late in its role's inbox and escalated to the supervising role. */
@ExtendWith(ArquillianExtension.class)
class EscalationIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aLateStepIsEscalatedToTheKasiAndRecorded() throws Exception {
        CasePortal portal = new CasePortal();
        long id = portal.open("operator", "operator", "LANDA_MEWA", null, "Bayi Ny. Wulan", null);
        String number;
        try (Connection c = Deployments.database(); PreparedStatement s = c.prepareStatement(
                "update step_execution set started_at = now() - interval '2 hours', due_at = now() - interval '1 hour'"
                        + " where case_id = ? and finished_at is null returning (select case_number from service_case where id = ?)")) {
            s.setLong(1, id);
            s.setLong(2, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                number = rs.getString(1);
            }
        }
        String inbox = portal.as("operator").get("operator/index.xhtml").body();
        assertThat(inbox.substring(inbox.indexOf(number))).contains("Terlambat");

        String escalatedTo = null;
        long deadline = System.currentTimeMillis() + 25_000;
        while (escalatedTo == null && System.currentTimeMillis() < deadline) {
            try (Connection c = Deployments.database(); PreparedStatement s = c.prepareStatement(
                    "select escalated_to from step_execution where case_id = ? and finished_at is null")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    escalatedTo = rs.getString(1);
                }
            }
            Thread.sleep(500);
        }
        assertThat(escalatedTo).isEqualTo("KASI");
        String kasiHome = portal.as("kasi").get("kasi/index.xhtml").body();
        assertThat(kasiHome).contains("Eskalasi untuk Anda").contains(number);
        assertThat(CaseFlowIT.auditActions(number)).contains("STEP_ESCALATED");
    }
}

package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SOP definitions are versioned: a new version serves new cases while running ones keep theirs,
 * and a definition that changed without a new version stops the deployment.
 */
@ExtendWith(ArquillianExtension.class)
class SopVersioningIT {
    private static final String APP = "lintas";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = APP, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void runningCasesKeepTheirVersionAndAChangedDefinitionNeedsANewOne() throws Exception {
        deployer.deploy(APP);
        try {
            long before = Births.report().caseId(); // SELINTAS cases are opened by birth reports
            int latest = latestVersion("SELINTAS");
            sql("insert into sop_definition (code, version, checksum, content)"
                    + " select code, version + 1, repeat('0', 64), jsonb_set(jsonb_set(content::jsonb, '{version}', to_jsonb(version + 1)),"
                    + " '{title,id}', to_jsonb((content::jsonb #>> '{title,id}') || ' (revisi)'))::text"
                    + " from sop_definition where code = 'SELINTAS' and version = " + latest);
            deployer.undeploy(APP);
            deployer.deploy(APP);

            CasePortal portal = new CasePortal();
            long after = Births.report().caseId();
            assertThat(version(after)).isEqualTo(latest + 1);
            assertThat(version(before)).isEqualTo(latest);
            assertThat(portal.page("rs.blora", "hospital", after).body()).contains("(revisi)").contains("v" + (latest + 1));
            assertThat(portal.page("rs.blora", "hospital", before).body()).doesNotContain("(revisi)");
            assertThat(portal.complete("kurir", "courier", before)).contains("Langkah selesai."); // the courier's pickup

            deployer.undeploy(APP);
            // the shipped file's version (latest) is in the database with its checksum; pretend the file changed
            String checksum = checksum("SELINTAS", latest);
            sql("update sop_definition set checksum = repeat('f', 64) where code = 'SELINTAS' and version = " + latest);
            try {
                assertThatThrownBy(() -> deployer.deploy(APP)).hasStackTraceContaining("DatabaseSopCatalog");
            } finally {
                sql("update sop_definition set checksum = '" + checksum + "' where code = 'SELINTAS' and version = " + latest);
            }
            deployer.deploy(APP);
            assertThat(new CasePortal().currentRoles("operator", "operator", before)).containsExactly("OPERATOR");
        } finally {
            deployer.undeploy(APP);
        }
    }

    private static int latestVersion(String code) throws Exception {
        try (Connection c = Deployments.database(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select max(version) from sop_definition where code = '" + code + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String checksum(String code, int version) throws Exception {
        try (Connection c = Deployments.database(); PreparedStatement s = c.prepareStatement(
                "select checksum from sop_definition where code = ? and version = ?")) {
            s.setString(1, code);
            s.setInt(2, version);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static int version(long caseId) throws Exception {
        try (Connection c = Deployments.database();
                PreparedStatement s = c.prepareStatement("select sop_version from service_case where id = ?")) {
            s.setLong(1, caseId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = Deployments.database(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}

package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A birth report whose case cannot be opened waits for the admin: the account of Puskesmas Cepu
 * that sent it is closed before the worker opens its case (the case is opened in that account's
 * name), so the case's rules refuse it and the report is FAILED at once; on the admin's
 * failed-sends page, once the account is open again, it is processed again and its case opens, or
 * it is discarded and stays FAILED for the hospital. Both audited.
 */
@ExtendWith(ArquillianExtension.class)
class FailedBirthReportIT {
    private static final String HOSPITAL = DemoUsers.SECOND_HOSPITAL;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void accountOpenAgain() throws Exception {
        account(true);
    }

    /** An accepted report, as its number and reference. */
    record Accepted(String reference, String caseNumber) {
    }

    @Test
    void aReportWhoseAccountClosedBeforeItsCaseOpenedFailsAndTheAdminProcessesItAgainOrDiscardsIt() throws Exception {
        Accepted retried = failedReport();
        Accepted given = failedReport();
        assertThat(Deployments.text("select last_error from birth_report where case_number = ?", retried.caseNumber()))
                .contains("Akun " + HOSPITAL).contains("Account " + HOSPITAL);
        assertThat(Deployments.count("select count(*) from service_case where case_number = '" + retried.caseNumber() + "'"))
                .as("no case").isZero();

        CasePortal portal = new CasePortal();
        DeadLetterPage page = DeadLetterPage.reports(portal);
        assertThat(page.row(retried.caseNumber())).contains("Puskesmas Cepu", retried.reference(), "REST", "tidak aktif lagi");
        assertThat(page.row(given.caseNumber())).contains(given.reference());

        assertThat(page.press(given.caseNumber(), "discard")).contains("Laporan dibatalkan; statusnya tetap gagal.");
        assertThat(page.row(given.caseNumber())).as("no longer waiting").isEmpty();
        account(true); // the office opens the account again, then has the report processed again
        assertThat(page.press(retried.caseNumber(), "replay")).contains("Laporan dijadwalkan untuk diproses ulang.");
        JsonObject opened = HospitalRestIT.awaitOpened(HOSPITAL, retried.reference());
        assertThat(opened.getString("caseNumber")).isEqualTo(retried.caseNumber());
        assertThat(opened.getJsonObject("currentStep").getString("key")).as("the hospital's own steps done").isEqualTo("courier_pickup");
        assertThat(page.row(retried.caseNumber())).isEmpty();

        HttpResponse<String> discarded = HospitalRestIT.get(HOSPITAL, given.reference());
        assertThat(discarded.statusCode()).isEqualTo(200);
        JsonObject status = HospitalRestIT.json(discarded.body());
        assertThat(status.getString("report")).as("the hospital sees it failed").isEqualTo("FAILED");
        assertThat(status.getString("lastError")).contains(HOSPITAL);
        assertThat(Deployments.text("select status || ' ' || (discarded_at is not null) from birth_report where case_number = ?",
                given.caseNumber())).isEqualTo("FAILED true");

        assertThat(CaseFlowIT.auditActions(retried.caseNumber())).contains("DEAD_LETTER_REPLAYED", "CASE_OPENED");
        assertThat(CaseFlowIT.auditActions(given.caseNumber())).contains("DEAD_LETTER_DISCARDED").doesNotContain("CASE_OPENED");
    }

    /**
     * A report of Puskesmas Cepu whose case the worker could not open because the account was closed
     * meanwhile: the report is held (its row locked, so the worker, which locks what it opens, waits
     * or passes it by) while the account is closed. When the worker was quicker, another report is sent.
     */
    private static Accepted failedReport() throws Exception {
        account(true);
        for (int tries = 0; tries < 5; tries++) {
            String reference = HospitalRestIT.reference();
            HttpResponse<String> r = HospitalRestIT.post(HOSPITAL, HospitalRestIT.report(reference).toString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            String number = HospitalRestIT.json(r.body()).getString("caseNumber");
            if (closeAccountWhileHeld(reference)) {
                awaitFailed(number);
                return new Accepted(reference, number);
            }
        }
        throw new AssertionError("the worker opened every report before it could be held");
    }

    /** Closes the account while the report waits unopened; false when its case was opened or is being opened. */
    private static boolean closeAccountWhileHeld(String reference) throws SQLException {
        try (Connection held = Deployments.database()) {
            held.setAutoCommit(false);
            try (PreparedStatement s = held.prepareStatement("select status from birth_report where reference = ? for update nowait")) {
                s.setString(1, reference);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next() || !rs.getString(1).equals("RECEIVED")) {
                        held.rollback();
                        return false;
                    }
                }
            } catch (SQLException lockedByTheWorker) {
                held.rollback();
                return false;
            }
            account(false);
            held.commit();
            return true;
        }
    }

    private static void account(boolean active) throws SQLException {
        try (Connection c = Deployments.database();
                PreparedStatement s = c.prepareStatement("update app_user set active = ? where username = ?")) {
            s.setBoolean(1, active);
            s.setString(2, HOSPITAL);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static void awaitFailed(String number) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String status;
        while (!"FAILED".equals(status = Deployments.text("select status from birth_report where case_number = ?", number))) {
            assertThat(System.nanoTime()).as("report " + number + " still " + status).isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}

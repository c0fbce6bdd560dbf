package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * SELINTAS cases as they are opened: from a hospital's birth report (the new-case page cannot open
 * them), and SIAK's numbers, which the KIA printing step waits for.
 */
final class Births {
    /** A reported birth whose case is open: the hospital's reference, the case's number and id. */
    record Reported(String reference, String caseNumber, long caseId) {
    }

    private Births() {
    }

    /** A birth reported by RSUD Blora's system ({@link HospitalRestIT#report}), once its case is open. */
    static Reported report() throws Exception {
        return report(HospitalRestIT.report(HospitalRestIT.reference()));
    }

    /** The given report sent by RSUD Blora's system ({@code rs.blora}), once its case is open. */
    static Reported report(JsonObject report) throws Exception {
        String reference = report.getString("reference");
        HttpResponse<String> r = HospitalRestIT.post("rs.blora", report.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String number = HospitalRestIT.json(r.body()).getString("caseNumber");
        HospitalRestIT.awaitOpened("rs.blora", reference); // opened a moment after the report is accepted
        return new Reported(reference, number, Deployments.count(
                "select id from service_case where case_number = '" + number.replace("'", "") + "'"));
    }

    /** Whether SIAK has numbered everything the case sent it (and it sent something), as the case page's step needs. */
    static boolean siakNumbered(long caseId) throws Exception {
        try (Connection c = Deployments.database(); PreparedStatement s = c.prepareStatement(
                "select count(*), count(*) filter (where status = 'NUMBERED') from siak_submission"
                        + " where case_id = ? and status <> 'DISCARDED'")) {
            s.setLong(1, caseId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0 && rs.getLong(1) == rs.getLong(2);
            }
        }
    }

    /**
     * Waits until SIAK has numbered the case's birth (the sandbox numbers a draft when the relay
     * first asks about it, within seconds): step print_kia cannot be completed before.
     */
    static void awaitSiakNumbers(long caseId, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!siakNumbered(caseId)) {
            assertThat(System.nanoTime()).as("SIAK never numbered the birth of case " + caseId).isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}

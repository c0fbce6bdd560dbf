package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kadis's TTE inbox driven over HTTP as the page's AJAX calls do: waits for a case's documents
 * to be drafted, signs all that wait with the demo kadis's passphrase, and waits for the signatures
 * to complete the case's signing step.
 */
final class TteInbox {
    /** The demo kadis's TTE passphrase (the tests' PKI is made with it). */
    static final String PASSPHRASE = Tte.PASSPHRASE;

    private TteInbox() {
    }

    /** Waits until the case has {@code expected} documents waiting for the kadis's signature. */
    static void awaitDrafts(long caseId, int expected, int seconds) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        long waiting = 0;
        while (System.nanoTime() < until) {
            waiting = Deployments.count("select count(*) from issued_document where case_id = " + caseId
                    + " and status = 'AWAITING_SIGNATURE'");
            if (waiting >= expected) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("case " + caseId + ": " + waiting + " of " + expected + " documents drafted after " + seconds
                + " s; statuses: " + Deployments.text("select string_agg(type || '=' || status || coalesce(' ' || last_error, ''),"
                        + " '; ') from issued_document where case_id = ?::bigint", Long.toString(caseId)));
    }

    /** Presses "sign all" with {@code passphrase}; returns the AJAX answer (its messages, its callback). */
    static String signAll(PortalClient kadis, String passphrase) throws Exception {
        HttpResponse<String> page = kadis.get("kadis/tte.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "tte:signAll");
        form.put("jakarta.faces.partial.execute", "tte");
        form.put("jakarta.faces.partial.render", "tte:tteMessages tte:passphrase");
        form.put("tte:signAll", "tte:signAll");
        form.put("tte", "tte");
        form.put("tte:passphrase", passphrase);
        form.put("jakarta.faces.ViewState", PortalClient.viewState(page.body()));
        HttpResponse<String> answer = kadis.post("kadis/tte.xhtml", form);
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    /** Signs the case's documents as the demo kadis and waits until the signing step is done. */
    static void signCase(CasePortal portal, long caseId, int documents) throws Exception {
        awaitDrafts(caseId, documents, 60);
        assertThat(signAll(portal.as("kadis"), PASSPHRASE)).as("the run started").containsAnyOf("\"started\":true", "&#34;started&#34;:true");
        long until = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < until) {
            if (Deployments.count("select count(*) from issued_document where case_id = " + caseId
                    + " and status = 'SIGNED'") >= documents && Deployments.count("select count(*) from service_case where id = "
                            + caseId + " and current_step = 'sign_documents'") == 0) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("case " + caseId + " not signed within 60 s");
    }
}

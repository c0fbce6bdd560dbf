package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A SELINTAS birth entered into SIAK by the hospital goes through the outbox and the Camel
 * gateway to the SIAK sandbox, which accepts it as a draft and numbers it; while SIAK is down the
 * submission waits and is delivered once it is back.
 */
@ExtendWith(ArquillianExtension.class)
class SiakSubmissionIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aBirthEnteredIntoSiakWaitsOutAnOutageAndIsNumbered() throws Exception {
        JsonObject couple = Sandbox.sampleCouple();
        JsonObject mother = couple.getJsonObject("mother");
        CasePortal portal = new CasePortal();
        long id = portal.open("rs.blora", "hospital", "SELINTAS", null, "Bayi Ny. " + mother.getString("NAMA_LGKP"), "",
                null, Map.of("newCase:childName", "Bayi Ny. " + mother.getString("NAMA_LGKP"),
                        "newCase:childSex_input", "FEMALE",
                        "newCase:childBirthDate", LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                        "newCase:childBirthPlace", "BLORA", "newCase:familyKk", couple.getString("NO_KK"),
                        "newCase:motherName", mother.getString("NAMA_LGKP"), "newCase:motherNik", mother.getString("NIK")));
        portal.complete("rs.blora", "hospital", id); // receive
        portal.complete("rs.blora", "hospital", id); // check and register

        Sandbox.fault("{\"mode\":\"DOWN\",\"seconds\":6}");
        assertThat(portal.complete("rs.blora", "hospital", id)).contains("Langkah selesai."); // enter into SIAK: not blocked
        String page = portal.page("operator", "operator", id).body();
        assertThat(page).contains("Menunggu dikirim");
        awaitPage(portal, id, "Bernomor", 40); // SIAK accepted the draft, then numbered it
        assertThat(portal.page("operator", "operator", id).body()).doesNotContain("Gagal (menunggu admin)")
                .containsPattern("NIK: <strong>3316\\d{12}</strong>").containsPattern("NO_AKTA_LHR: <strong>3316-LU-\\d{8}-\\d{4}</strong>")
                .contains("NO_KK: <strong>" + couple.getString("NO_KK") + "</strong>");
    }

    @Test
    void aRefusedBirthWaitsInTheDeadLettersWhereTheAdminReplaysOrDiscardsIt() throws Exception {
        CasePortal portal = new CasePortal();
        long id = portal.open("rs.blora", "hospital", "SELINTAS", null, "Bayi Ny. Tidak Terdaftar", "", null,
                Map.of("newCase:childName", "Bayi Ny. Tidak Terdaftar", "newCase:childSex_input", "MALE",
                        "newCase:childBirthDate", LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                        "newCase:childBirthPlace", "BLORA", "newCase:motherName", "Tidak Terdaftar",
                        "newCase:motherNik", "3374014708900001")); // a NIK SIAK does not know
        for (int i = 0; i < 3; i++) {
            portal.complete("rs.blora", "hospital", id);
        }
        awaitPage(portal, id, "Gagal (menunggu admin)", 30);

        PortalClient admin = portal.as("admin");
        String page = admin.get("admin/dead-letters.xhtml").body();
        String number = page.replaceAll("(?s).*?(3316-SELINTAS-\\d{4}-\\d{6}).*", "$1");
        assertThat(page).contains("3374014708900001").contains("422");
        assertThat(CasePortal.messages(press(admin, page, "replay"))).contains("Pengiriman dijadwalkan ulang.");
        awaitPage(portal, id, "Gagal (menunggu admin)", 30); // SIAK refuses the same data again
        page = admin.get("admin/dead-letters.xhtml").body();
        assertThat(CasePortal.messages(press(admin, page, "discard"))).contains("Pengiriman dibatalkan.");
        assertThat(admin.get("admin/dead-letters.xhtml").body()).doesNotContain("3374014708900001");
        assertThat(portal.page("operator", "operator", id).body()).contains("Dibatalkan");
        assertThat(CaseFlowIT.auditActions(number)).contains("DEAD_LETTER_REPLAYED", "DEAD_LETTER_DISCARDED");
    }

    /** Presses a row's button on the dead-letter page (the first row: the newest). */
    private static String press(PortalClient admin, String page, String button) throws Exception {
        return admin.post("admin/dead-letters.xhtml", Map.of("dead", "dead", "dead:letters:0:" + button, "",
                "jakarta.faces.ViewState", PortalClient.viewState(page))).body();
    }

    private static void awaitPage(CasePortal portal, long id, String text, int seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (!portal.page("operator", "operator", id).body().contains(text)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("case page never showed: " + text);
            }
            Thread.sleep(500);
        }
    }
}

package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A SELINTAS birth entered into SIAK by the hospital goes through the outbox and the Camel
 * gateway to the SIAK sandbox, which accepts it as a draft and numbers it; while SIAK is down the
 * submission waits and is delivered once it is back, and the office cannot print the KIA (step
 * print_kia awaits SIAK's numbers) until SIAK has numbered it.
 */
@ExtendWith(ArquillianExtension.class)
class SiakSubmissionIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void siakBackToNormal() throws Exception {
        Sandbox.fault("{\"mode\":\"NORMAL\"}");
    }

    @Test
    void aBirthEnteredIntoSiakWaitsOutAnOutageAndIsNumberedBeforeTheKiaIsPrinted() throws Exception {
        JsonObject couple = Sandbox.sampleCouple();
        CasePortal portal = new CasePortal();

        Sandbox.fault("{\"mode\":\"DOWN\",\"seconds\":120}");
        Births.Reported birth = Births.report(); // the hospital's steps, the SIAK entry among them: not blocked
        long id = birth.caseId();
        String page = portal.page("operator", "operator", id).body();
        assertThat(page).contains("Menunggu dikirim");

        // the office works the file up to the KIA, which prints the child's NIK: refused while SIAK has not numbered it
        assertThat(portal.complete("kurir", "courier", id)).contains("Langkah selesai.");
        for (int i = 0; i < 4; i++) {
            assertThat(portal.complete("operator", "operator", id)).contains("Langkah selesai.");
        }
        assertThat(portal.currentRoles("operator", "operator", id)).containsExactly("OPERATOR");
        assertThat(portal.page("operator", "operator", id).body()).contains("Mencetak KIA")
                .contains("Menunggu SIAK: nomor NIK anak, KK, akta kelahiran dan KIA belum terbit.");
        assertThat(portal.complete("operator", "operator", id)).anySatisfy(message -> assertThat(message)
                .startsWith("Nomor dari SIAK belum terbit").contains("Mencetak KIA"));
        assertThat(Births.siakNumbered(id)).isFalse();
        assertThat(Deployments.text("select current_step from service_case where case_number = ?", birth.caseNumber()))
                .isEqualTo("print_kia");

        Sandbox.fault("{\"mode\":\"NORMAL\"}");
        awaitPage(portal, id, "Bernomor", 90); // SIAK accepted the draft, then numbered it
        assertThat(portal.page("operator", "operator", id).body()).doesNotContain("Gagal (menunggu admin)")
                .doesNotContain("Menunggu SIAK: nomor NIK anak")
                .containsPattern("NIK: <strong>3316\\d{12}</strong>").containsPattern("NO_AKTA_LHR: <strong>3316-LU-\\d{8}-\\d{4}</strong>")
                .contains("NO_KK: <strong>" + couple.getString("NO_KK") + "</strong>");
        assertThat(portal.complete("operator", "operator", id)).contains("Langkah selesai.");
        assertThat(Deployments.text("select current_step from service_case where case_number = ?", birth.caseNumber()))
                .isEqualTo("verify_documents");
    }

    @Test
    void aRefusedBirthWaitsInTheDeadLettersWhereTheAdminReplaysOrDiscardsIt() throws Exception {
        CasePortal portal = new CasePortal();
        JsonObject report = HospitalRestIT.report(HospitalRestIT.reference());
        report = Json.createObjectBuilder(report).add("child", Json.createObjectBuilder().add("name", "Bayi Ny. Tidak Terdaftar")
                .add("sex", "MALE")).add("mother", HospitalRestIT.person("3374014708900001", "Tidak Terdaftar")).build();
        long id = Births.report(report).caseId(); // a mother's NIK SIAK does not know
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

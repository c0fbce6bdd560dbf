package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The kadis's TTE on a SELINTAS case against the running server: three wrong passphrases in a row
 * lock signing (audited, nothing signed, even the right passphrase refused while locked); the
 * right one signs the akta, KK and KIA and completes the step; the staff read the signed PDFs,
 * others not; revoking the KK (with a replacement) shows it as dicabut on its public page and puts
 * the replacement in the TTE inbox.
 */
@ExtendWith(ArquillianExtension.class)
class TteIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void wrongPassphrasesLockSigningTheRightOneSignsAndARevokedDocumentShowsAsDicabut() throws Exception {
        Births.Reported birth = Births.report();
        long caseId = birth.caseId();
        CasePortal portal = new CasePortal();
        assertThat(portal.complete("kurir", "courier", caseId)).contains("Langkah selesai.");
        Births.awaitSiakNumbers(caseId, 60);
        String[][] office = {{"operator", "operator"}, {"operator", "operator"}, {"operator", "operator"},
            {"operator", "operator"}, {"operator", "operator"}, {"kasi", "kasi"}, {"kabid.dafduk", "kabid-dafduk"}};
        for (String[] user : office) {
            assertThat(portal.complete(user[0], user[1], caseId)).as(user[0]).contains("Langkah selesai.");
        }
        TteInbox.awaitDrafts(caseId, 3, 60);
        assertThat(portal.complete("kadis", "kadis", caseId)).as("the step waits for the signatures")
                .anySatisfy(m -> assertThat(m).startsWith("Dokumen belum ditandatangani"));

        PortalClient kadis = portal.as("kadis");
        try {
            assertThat(TteInbox.signAll(kadis, "salah-1")).contains("Passphrase salah").contains("Sisa percobaan sebelum dikunci: 2");
            assertThat(TteInbox.signAll(kadis, "salah-2")).contains("Sisa percobaan sebelum dikunci: 1");
            assertThat(TteInbox.signAll(kadis, "salah-3")).contains("dikunci sampai pukul");
            assertThat(TteInbox.signAll(kadis, TteInbox.PASSPHRASE)).as("locked even for the right passphrase")
                    .contains("dikunci sampai pukul").doesNotContain("started");
            assertThat(Deployments.count("select count(*) from issued_document where case_id = " + caseId
                    + " and status = 'SIGNED'")).as("nothing signed").isZero();
            assertThat(Deployments.count("select count(*) from audit_entry where action = 'TTE_PASSPHRASE_WRONG'"
                    + " and actor = 'kadis'")).isGreaterThanOrEqualTo(3);
            assertThat(Deployments.count("select count(*) from audit_entry where action = 'TTE_LOCKED'")).isPositive();
        } finally {
            unlock(); // the demo kadis signs in the other tests too
        }

        TteInbox.signCase(portal, caseId, 3);
        assertThat(Deployments.count("select count(*) from issued_document where case_id = " + caseId
                + " and status = 'SIGNED' and signature_level = 'B-T' and signed_sha256 is not null")).isEqualTo(3);
        assertThat(Deployments.text("select current_step from service_case where id = ?::bigint", Long.toString(caseId)))
                .isEqualTo("hand_over_archive");
        assertThat(Deployments.count("select count(*) from audit_entry where action = 'DOCUMENT_SIGNED' and subject = '"
                + birth.caseNumber() + "'")).isEqualTo(3);

        String kk = Deployments.text("select id from issued_document where case_id = ?::bigint and type = 'KK'", Long.toString(caseId));
        HttpResponse<String> pdf = portal.as("operator").get("document?id=" + kk);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(portal.as(DemoUsers.SECOND_HOSPITAL).get("document?id=" + kk).statusCode())
                .as("another hospital's case").isEqualTo(404);
        assertThat(new PortalClient().get("document?id=" + kk).statusCode()).as("not signed in").isNotEqualTo(200);

        HttpResponse<String> publicPage = new PortalClient().get("verifikasi/" + kk);
        assertThat(publicPage.statusCode()).isEqualTo(200);
        assertThat(publicPage.body()).contains("AKTIF").contains("Kartu Keluarga");

        // the kadis revokes the KK on the case page, a replacement drafted
        PortalClient kadisPage = portal.as("kadis");
        HttpResponse<String> casePage = kadisPage.get("kadis/case.xhtml?id=" + caseId);
        List<String> rows = Deployments.texts("select type from issued_document where case_id = ?::bigint"
                + " order by created_at, type", Long.toString(caseId));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("docs", "docs");
        form.put("docs:revokeReason", "Salah ketik nama kepala keluarga");
        form.put("docs:replace_input", "on");
        form.put("docs:issued:" + rows.indexOf("KK") + ":revoke", "");
        form.put("jakarta.faces.ViewState", PortalClient.viewState(casePage.body()));
        HttpResponse<String> revoked = kadisPage.post("kadis/case.xhtml?id=" + caseId, form);
        assertThat(revoked.body()).contains("Dokumen dicabut.");
        HttpResponse<String> afterwards = new PortalClient().get("verifikasi/" + kk);
        assertThat(afterwards.body()).contains("DICABUT").contains("Salah ketik nama kepala keluarga");
        assertThat(Deployments.count("select count(*) from issued_document where case_id = " + caseId
                + " and type = 'KK' and status in ('DRAFTING', 'AWAITING_SIGNATURE')")).as("the replacement").isEqualTo(1);
        assertThat(Deployments.count("select count(*) from audit_entry where action = 'DOCUMENT_REVOKED' and subject = '"
                + birth.caseNumber() + "'")).isEqualTo(1);
        TteInbox.awaitDrafts(caseId, 1, 60);
        assertThat(kadis.get("kadis/tte.xhtml").body()).contains(birth.caseNumber());
    }

    private static void unlock() throws Exception {
        try (Connection c = Deployments.database()) {
            c.createStatement().executeUpdate("delete from tte_signer");
        }
    }
}

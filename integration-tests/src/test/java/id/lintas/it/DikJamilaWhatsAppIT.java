package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A DIK JAMILA ME-WA application over WhatsApp for a document other than a birth's (issue 7): a
 * resident asks for a new print of the family card (KK). The case opens on DIK JAMILA ME-WA
 * version 3 and asks for the KK; the operator records the applicant's NIK read from the scans and
 * finds the file complete (the resident is told the 24-hour deadline), compares with SIAK and enters it; kasi and kabid check; the kadis signs the KK that Lintas drafted
 * from SIAK's family (the step that signs "what the case applies for"); at the hand-over the signed
 * KK arrives on the phone as a PDF, byte for byte the document the office registered. A death
 * reported from the phone goes the same way to the akta kematian SIAK numbered; and staff at the
 * counter choose the documents a case applies for.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DikJamilaWhatsAppIT {
    private static final Duration TURN = Phone.TIMEOUT;
    private static final Pattern CASE_NUMBER = Pattern.compile("(3316-DIK_JAMILA_MEWA-\\d{4}-\\d{6})");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aFamilyCardAppliedForOverWhatsAppArrivesSignedOnThePhone() throws Exception {
        Phone.awaitSubscribed(Duration.ofSeconds(60));
        JsonObject father = lastCouple().getJsonObject("father");
        String kk = lastCouple().getString("NO_KK");
        Phone phone = Phone.fresh(father.getString("NAMA_LGKP"));

        // ---- the resident applies for a KK: four documents, each one optional, sent as photos
        phone.text("halo");
        phone.tap(phone.awaitMessage(m -> m.hasOption("svc:KK"), TURN), "svc:KK");
        for (int i = 1; i <= 4; i++) {
            phone.awaitText("(berkas " + i + " dari 4)", TURN);
            phone.image(Phone.JPEG);
        }
        phone.tap(phone.awaitMessage(m -> m.hasOption("confirm:send"), TURN), "confirm:send");
        phone.awaitText("Permohonan Kartu Keluarga (KK) sudah kami terima dengan nomor", TURN);

        // ---- its case: DIK JAMILA ME-WA version 3, applying for the KK
        Phone.Message opened = phone.awaitText("sudah dibuka sebagai perkara", TURN);
        Matcher number = CASE_NUMBER.matcher(opened.text());
        assertThat(number.find()).as(opened.text()).isTrue();
        long caseId = Long.parseLong(Deployments.text("select id::text from service_case where case_number = ?", number.group(1)));
        assertThat(Deployments.text("select sop_code || ' v' || sop_version || ' ' || applied_documents || ' ' || current_step"
                + " from service_case where id = ?::bigint", Long.toString(caseId)))
                .isEqualTo("DIK_JAMILA_MEWA v3 KK check_completeness");

        // ---- the office works the file, each step by its role
        CasePortal portal = new CasePortal();
        assertThat(portal.page("operator", "operator", caseId).body()).contains("id=\"case-applied-for\">Kartu Keluarga / Family card");
        recordApplicant(portal, caseId, father);
        assertThat(Deployments.text("select coalesce(service_deadline::text, 'none') from service_case where id = ?::bigint",
                Long.toString(caseId))).as("the 24 hours start with the complete file").isEqualTo("none");
        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, "check_against_siak");
        assertThat(phone.awaitText("lengkap dan benar", TURN).text()).contains(number.group(1), "paling lambat");
        assertThat(Deployments.count("select count(*) from service_case where id = " + caseId
                + " and service_deadline = service_clock_started_at + interval '24 hours'")).isEqualTo(1);
        assertThat(portal.compare("operator", "operator", caseId)).contains("Perbandingan dengan SIAK disimpan.");
        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, "enter_in_siak");
        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, "kasi_check");
        LandaMewaWhatsAppIT.complete(portal, "kasi", caseId, "kabid_verify");
        LandaMewaWhatsAppIT.complete(portal, "kabid.dafduk", caseId, "kadis_sign");

        // ---- the kadis signs the KK Lintas drafted from SIAK's family; the signature completes the step
        TteInbox.awaitDrafts(caseId, 1, 90);
        assertThat(Deployments.text("select type || ' ' || number from issued_document where case_id = ?::bigint"
                + " and status = 'AWAITING_SIGNATURE'", Long.toString(caseId))).isEqualTo("KK " + kk);
        assertThat(TteInbox.signAll(portal.as("kadis"), TteInbox.PASSPHRASE)).containsAnyOf("\"started\":true",
                "&#34;started&#34;:true");
        LandaMewaWhatsAppIT.awaitStep(caseId, "print_or_download", 90);

        // ---- at the hand-over the signed KK goes to the phone
        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, "hand_over");
        phone.awaitText("ditandatangani secara elektronik", TURN);
        Phone.Message document = phone.awaitMessage(m -> "document".equals(m.type()), TURN);
        assertThat(document.text()).contains("Kartu Keluarga " + kk, number.group(1));
        byte[] pdf = phone.download(document);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)))
                .as("the PDF on the phone is the KK the office signed and registered")
                .isEqualTo(Deployments.text("select signed_sha256 from issued_document where case_id = ?::bigint"
                        + " and status = 'SIGNED'", Long.toString(caseId)));

        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, null);
        phone.awaitText(number.group(1) + " selesai", TURN);
    }

    @Test
    void aDeathReportedOverWhatsAppEndsWithTheSignedAktaKematianOnThePhone() throws Exception {
        Phone.awaitSubscribed(Duration.ofSeconds(60));
        JsonArray couples = Sandbox.samples().getJsonArray("couples");
        JsonObject couple = couples.getJsonObject(couples.size() - 2); // not the family whose KK the other test signs
        JsonObject widow = couple.getJsonObject("mother");
        JsonObject deceased = couple.getJsonObject("father");
        Phone phone = Phone.fresh(widow.getString("NAMA_LGKP"));

        // ---- the widow reports the death: the death letter, the KK, the deceased's KTP-el, her own KTP
        phone.text("akta kematian");
        phone.awaitText("Persyaratan Pencatatan kematian", TURN);
        for (int i = 1; i <= 4; i++) {
            phone.awaitText("(berkas " + i + " dari 4)", TURN);
            phone.image(Phone.JPEG);
        }
        phone.tap(phone.awaitMessage(m -> m.hasOption("confirm:send"), TURN), "confirm:send");
        Phone.Message opened = phone.awaitText("sudah dibuka sebagai perkara", TURN);
        Matcher number = CASE_NUMBER.matcher(opened.text());
        assertThat(number.find()).as(opened.text()).isTrue();
        long caseId = Long.parseLong(Deployments.text("select id::text from service_case where case_number = ?", number.group(1)));
        assertThat(Deployments.text("select applied_documents from service_case where id = ?::bigint", Long.toString(caseId)))
                .isEqualTo("AKTA_KEMATIAN");

        // ---- the operator records the reporter and the deceased read from the scans; SIAK registers the death
        CasePortal portal = new CasePortal();
        String diedOn = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusDays(2)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        HttpResponse<String> page = portal.page("operator", "operator", caseId);
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"particulars", "particulars"});
        fields.add(new String[] {"particulars:particularsSubject", widow.getString("NAMA_LGKP")});
        fields.add(new String[] {"particulars:applicantNik", widow.getString("NIK")});
        fields.add(new String[] {"particulars:deceasedName", deceased.getString("NAMA_LGKP")});
        fields.add(new String[] {"particulars:deceasedNik", deceased.getString("NIK")});
        fields.add(new String[] {"particulars:diedOn", diedOn});
        fields.add(new String[] {"particulars:deathPlace", "Blora"});
        fields.add(new String[] {"particulars:recordParticulars", ""});
        fields.add(new String[] {"jakarta.faces.ViewState", PortalClient.viewState(page.body())});
        HttpResponse<String> recorded = portal.as("operator").postAll("operator/case.xhtml?id=" + caseId, fields);
        assertThat(CasePortal.messages(recorded.body())).anySatisfy(m -> assertThat(m).contains("disimpan"));
        assertThat(Deployments.texts("select relation || ' ' || nik || coalesce(' ' || died_on::text || ' ' || death_place, '')"
                + " from case_person where case_id = ?::bigint order by position", Long.toString(caseId))).containsExactly(
                "APPLICANT " + widow.getString("NIK"), "DECEASED " + deceased.getString("NIK") + " "
                        + java.time.LocalDate.parse(diedOn, java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")) + " Blora");

        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, "check_against_siak");
        assertThat(portal.compare("operator", "operator", caseId)).contains("Perbandingan dengan SIAK disimpan.");
        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, "enter_in_siak");
        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, "kasi_check");
        assertThat(Deployments.text("select kind || ' ' || payload from siak_submission where case_id = ?::bigint",
                Long.toString(caseId))).startsWith("DEATH ").contains("\"JENIS\":\"KEMATIAN\"", deceased.getString("NIK"));
        LandaMewaWhatsAppIT.complete(portal, "kasi", caseId, "kabid_verify");
        LandaMewaWhatsAppIT.complete(portal, "kabid.capil", caseId, "kadis_sign");

        // ---- the akta kematian, numbered by SIAK, signed by the kadis, arrives on the phone
        TteInbox.awaitDrafts(caseId, 1, 90);
        String deed = Deployments.text("select number from issued_document where case_id = ?::bigint and status = 'AWAITING_SIGNATURE'",
                Long.toString(caseId));
        assertThat(deed).matches("3316-KM-\\d{8}-\\d{4}");
        assertThat(TteInbox.signAll(portal.as("kadis"), TteInbox.PASSPHRASE)).containsAnyOf("\"started\":true",
                "&#34;started&#34;:true");
        LandaMewaWhatsAppIT.awaitStep(caseId, "print_or_download", 90);
        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, "hand_over");
        Phone.Message document = phone.awaitMessage(m -> "document".equals(m.type()), TURN);
        assertThat(document.text()).contains("Akta Kematian " + deed);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(phone.download(document))))
                .isEqualTo(Deployments.text("select signed_sha256 from issued_document where case_id = ?::bigint"
                        + " and status = 'SIGNED'", Long.toString(caseId)));
    }

    @Test
    void anOperatorOpensACaseAtTheCounterApplyingForTheDocumentsChosen() throws Exception {
        JsonObject father = lastCouple().getJsonObject("father");
        CasePortal portal = new CasePortal();
        assertThat(portal.as("operator").get("operator/new-case.xhtml").body()).contains("newCase:documents");
        long caseId = portal.open("operator", "operator", "DIK_JAMILA_MEWA", null, father.getString("NAMA_LGKP"),
                father.getString("NIK"), null, java.util.Map.of("newCase:documents", "KIA"));
        assertThat(Deployments.text("select applied_documents from service_case where id = ?::bigint", Long.toString(caseId)))
                .isEqualTo("KIA");
        assertThat(portal.page("operator", "operator", caseId).body())
                .contains("id=\"case-applied-for\">Kartu Identitas Anak / Child identity card");
    }

    /** The operator records the applicant read from the scans: the name as SIAK has it and the NIK. */
    private static void recordApplicant(CasePortal portal, long caseId, JsonObject applicant) throws Exception {
        HttpResponse<String> page = portal.page("operator", "operator", caseId);
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"particulars", "particulars"});
        fields.add(new String[] {"particulars:particularsSubject", applicant.getString("NAMA_LGKP")});
        fields.add(new String[] {"particulars:applicantNik", applicant.getString("NIK")});
        fields.add(new String[] {"particulars:recordParticulars", ""});
        fields.add(new String[] {"jakarta.faces.ViewState", PortalClient.viewState(page.body())});
        HttpResponse<String> answer = portal.as("operator").postAll("operator/case.xhtml?id=" + caseId, fields);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(CasePortal.messages(answer.body())).as("the particulars are saved")
                .anySatisfy(m -> assertThat(m).contains("disimpan"));
        assertThat(Deployments.text("select relation || ' ' || nik from case_person where case_id = ?::bigint",
                Long.toString(caseId))).isEqualTo("APPLICANT " + applicant.getString("NIK"));
    }

    /** The sandbox's last sample couple: its family is not the one the birth tests add their newborns to. */
    private static JsonObject lastCouple() throws Exception {
        JsonArray couples = Sandbox.samples().getJsonArray("couples");
        return couples.getJsonObject(couples.size() - 1);
    }
}

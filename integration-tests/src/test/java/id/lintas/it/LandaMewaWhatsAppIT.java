package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A whole LANDA MEWA birth registration from the simulated phone (issue 7): the resident chooses
 * the birth service, sends the requirements (an SPTJM instead of the birth letter), sends the
 * application; the office's case opens with the scans, the operator records the particulars read
 * from them, every step is worked by its role through the portal (both kabid approve, the kadis
 * signs in the TTE inbox), the resident is told the 24-hour deadline once the file is complete,
 * answers "status" from the case, and receives the signed akta kelahiran and KK as PDFs on the
 * phone, byte for byte the documents the office registered; the KIA goes home by the courier,
 * whose delivery report completes its step; the case's end closes the conversation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LandaMewaWhatsAppIT {
    private static final Duration TURN = Phone.TIMEOUT;
    private static final Pattern CASE_NUMBER = Pattern.compile("(3316-LANDA_MEWA-\\d{4}-\\d{6})");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aBirthRegisteredOverWhatsAppEndsWithTheSignedPdfsOnThePhone() throws Exception {
        Phone.awaitSubscribed(Duration.ofSeconds(60));
        Phone phone = Phone.fresh("Siti Aminah");
        JsonObject couple = Sandbox.sampleCouple();

        // ---- the resident applies
        String reference = apply(phone);

        // ---- the office opens its case, with the scans, the applicant's steps done
        OpenedCase opened = caseOf(phone);
        String caseNumber = opened.number();
        long caseId = opened.id();
        assertThat(Deployments.text("select application_reference || ' ' || applicant_channel || ' ' || applicant_address"
                + " from service_case where id = ?::bigint", Long.toString(caseId)))
                .isEqualTo(reference + " WHATSAPP " + phone.waId());
        assertThat(Deployments.texts("select label from case_attachment where case_id = ?::bigint order by id", Long.toString(caseId)))
                .containsExactly("KK", "SPTJM kebenaran data kelahiran", "Surat Nikah orang tua",
                        "KTP pelapor", "KTP 2 orang saksi");
        assertThat(currentStep(caseId)).isEqualTo("download_and_print");

        CasePortal portal = new CasePortal();
        String page = portal.page("operator", "operator", caseId).body();
        assertThat(page).contains(reference, phone.waId(), "id=\"particulars\"");

        // ---- the operator records what the scans say, then works the file
        recordParticulars(portal, caseId, couple);
        complete(portal, "operator", caseId, "check_requirements");
        complete(portal, "operator", caseId, "enter_in_siak");
        Phone.Message complete = phone.awaitText("lengkap dan benar", TURN);
        assertThat(complete.text()).contains(caseNumber, "paling lambat");
        assertThat(portal.page("operator", "operator", caseId).body()).contains("id=\"case-deadline\"");
        assertThat(Deployments.count("select count(*) from service_case where id = " + caseId
                + " and service_deadline = service_clock_started_at + interval '24 hours'")).isEqualTo(1);

        complete(portal, "operator", caseId, "print_drafts");
        complete(portal, "operator", caseId, "verify_draft_kk"); // waits for SIAK's numbers
        complete(portal, "kasi", caseId, "verify_draft_birth_certificate");
        complete(portal, "kasi", caseId, "request_validation");
        complete(portal, "operator", caseId, "approve_kk");
        complete(portal, "kabid.dafduk", caseId, "approve_birth_certificate");
        complete(portal, "kabid.capil", caseId, "request_signature");
        complete(portal, "operator", caseId, "kadis_approve");

        phone.text("status");
        assertThat(phone.awaitText("Tahap sekarang", TURN).text()).contains(caseNumber, "uprove");

        // ---- the kadis signs the akta and the KK
        TteInbox.awaitDrafts(caseId, 2, 90);
        assertThat(TteInbox.signAll(portal.as("kadis"), TteInbox.PASSPHRASE)).containsAnyOf("\"started\":true",
                "&#34;started&#34;:true");
        awaitStep(caseId, "make_pdf", 90);
        complete(portal, "operator", caseId, "send_pdf");

        // ---- the signed PDFs arrive on the phone
        phone.awaitText("ditandatangani secara elektronik", TURN);
        List<Phone.Message> documents = new ArrayList<>();
        documents.add(phone.awaitMessage(m -> "document".equals(m.type()), TURN));
        documents.add(phone.awaitMessage(m -> "document".equals(m.type()), TURN));
        List<String> registered = Deployments.texts("select signed_sha256 from issued_document where case_id = ?::bigint"
                + " and status = 'SIGNED' order by type", Long.toString(caseId));
        List<String> received = new ArrayList<>();
        for (Phone.Message document : documents) {
            byte[] pdf = phone.download(document);
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            received.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        }
        assertThat(received).as("the PDFs on the phone are the documents the office signed and registered")
                .containsExactlyInAnyOrderElementsOf(registered).hasSize(2);
        assertThat(documents).extracting(Phone.Message::text).anySatisfy(t -> assertThat(t).contains("Akta Kelahiran"));

        // ---- the cards go home by courier, whose delivery completes the step; then the end
        complete(portal, "operator", caseId, "print_kia_ktp");
        complete(portal, "operator", caseId, "send_kia_ktp");
        String orderId = awaitCourierOrder(caseId);
        JsonObject order = Sandbox.courierOrder(orderId);
        assertThat(order.getJsonObject("destination").toString()).contains("Jl. Pemuda No. 7", "+" + phone.waId());
        Sandbox.advanceCourier(orderId, "{\"status\":\"picked_up\"}");
        Sandbox.advanceCourier(orderId, "{\"status\":\"delivered\",\"recipient_name\":\"Siti Aminah\"}");
        awaitStep(caseId, "print_kk_birth_certificate", 60);
        complete(portal, "operator", caseId, "receive_kia_ktp");
        complete(portal, "operator", caseId, null);
        phone.awaitText(caseNumber + " selesai", TURN);
        assertThat(Deployments.text("select state from wa_conversation where case_id = ?::bigint", Long.toString(caseId)))
                .isEqualTo("CLOSED");
    }

    @Test
    void aFileSentBackIsCompletedFromThePhoneAndAComplaintIsAnsweredByTheKabid() throws Exception {
        Phone.awaitSubscribed(Duration.ofSeconds(60));
        Phone phone = Phone.fresh("Dewi Lestari");
        apply(phone);
        OpenedCase opened = caseOf(phone);
        long caseId = opened.id();
        String caseNumber = opened.number();
        CasePortal portal = new CasePortal();

        // ---- the operator finds the file incomplete and sends it back to the applicant
        complete(portal, "operator", caseId, "check_requirements");
        portal.sendBack("operator", "operator", caseId, "KTP saksi buram, mohon kirim ulang");
        assertThat(currentStep(caseId)).isEqualTo("scan_documents");
        assertThat(phone.awaitText("dikembalikan", TURN).text()).contains(caseNumber, "KTP saksi buram, mohon kirim ulang");

        // ---- the resident sends the missing document from the phone
        phone.image(Phone.JPEG);
        Phone.Message received = phone.awaitMessage(m -> m.hasOption("supplement:send"), TURN);
        assertThat(received.text()).contains("Berkas tambahan ke-1");
        phone.tap(received, "supplement:send");
        phone.awaitText("dikirim ke petugas", TURN);
        assertThat(phone.awaitText("sudah diterima petugas", TURN).text()).contains(caseNumber);
        assertThat(currentStep(caseId)).as("the applicant's steps done again: back at the office").isEqualTo("download_and_print");
        assertThat(Deployments.texts("select label from case_attachment where case_id = ?::bigint order by id", Long.toString(caseId)))
                .hasSize(6).endsWith("Berkas tambahan");

        // ---- a complaint goes to the kabid Capil (a birth), who answers it on the complaints page
        String words = "pengaduan berkas saya " + phone.waId() + " belum selesai";
        phone.text(words);
        phone.awaitText("Pengaduan Anda sudah kami catat", TURN);
        PortalClient kabid = portal.as("kabid.capil");
        String page = kabid.get("kabid-capil/complaints.xhtml").body();
        String row = page.substring(page.indexOf(phone.waId()));
        Matcher index = Pattern.compile("complaints:list:(\\d+):answerText").matcher(row);
        assertThat(index.find()).as("an answer box on the complaint's row").isTrue();
        String prefix = "complaints:list:" + index.group(1) + ":";
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"complaints", "complaints"});
        fields.add(new String[] {prefix + "answerText", "Berkas Anda kami selesaikan hari ini."});
        fields.add(new String[] {prefix + "answer", ""});
        fields.add(new String[] {"jakarta.faces.ViewState", PortalClient.viewState(page)});
        HttpResponse<String> answered = kabid.postAll("kabid-capil/complaints.xhtml", fields);
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(CasePortal.messages(answered.body())).anySatisfy(m -> assertThat(m).contains("Jawaban dikirim"));
        assertThat(phone.awaitText("Tanggapan Kepala Bidang Pelayanan Pencatatan Sipil", TURN).text())
                .contains("Berkas Anda kami selesaikan hari ini.");
        assertThat(kabid.get("kabid-dafduk/complaints.xhtml").statusCode()).as("the other kabid's page is not hers").isNotEqualTo(200);
        assertThat(portal.as("kabid.dafduk").get("kabid-dafduk/complaints.xhtml").body()).doesNotContain(phone.waId());
    }

    /** Applies for a birth registration from the phone, with the SPTJM instead of the birth letter; returns the application's reference. */
    private static String apply(Phone phone) {
        phone.text("halo");
        Phone.Message menu = phone.awaitMessage(m -> m.hasOption("svc:BIRTH"), TURN);
        phone.tap(menu, "svc:BIRTH");
        phone.awaitText("berkas 1 dari 6", TURN);
        phone.image(Phone.JPEG); // KK
        Phone.Message parentKtp = phone.awaitMessage(m -> m.hasOption("skip:parent_ktp_el"), TURN);
        phone.tap(parentKtp, "skip:parent_ktp_el");
        Phone.Message birthLetter = phone.awaitMessage(m -> m.hasOption("alt:birth_letter"), TURN);
        phone.tap(birthLetter, "alt:birth_letter"); // no birth letter: the SPTJM instead
        phone.awaitText("SPTJM", TURN);
        phone.document(Phone.PDF, "sptjm-kelahiran.pdf", "application/pdf");
        phone.awaitMessage(m -> m.hasOption("alt:parents_marriage"), TURN);
        phone.document(Phone.PDF, "buku-nikah.pdf", "application/pdf");
        phone.awaitText("berkas 5 dari 6", TURN);
        phone.image(Phone.JPEG); // reporter's KTP
        phone.awaitText("berkas 6 dari 6", TURN);
        phone.image(Phone.JPEG); // witnesses' KTP
        Phone.Message confirm = phone.awaitMessage(m -> m.hasOption("confirm:send"), TURN);
        phone.tap(confirm, "confirm:send");
        return phone.awaitText("WA-", TURN).text().replaceAll("(?s).*\\*(WA-[A-Z0-9]{8})\\*.*", "$1");

    }

    private record OpenedCase(long id, String number) {
    }

    /** The case the phone's application opened, once the phone is told its number. */
    private static OpenedCase caseOf(Phone phone) throws Exception {
        Phone.Message opened = phone.awaitText("perkara", TURN);
        Matcher number = CASE_NUMBER.matcher(opened.text());
        assertThat(number.find()).as(opened.text()).isTrue();
        return new OpenedCase(Long.parseLong(Deployments.text("select id::text from service_case where case_number = ?",
                number.group(1))), number.group(1));
    }

    static void recordParticulars(CasePortal portal, long caseId, JsonObject couple) throws Exception {
        HttpResponse<String> page = portal.page("operator", "operator", caseId);
        List<String[]> fields = new ArrayList<>();
        JsonObject mother = couple.getJsonObject("mother");
        JsonObject father = couple.getJsonObject("father");
        fields.add(new String[] {"particulars", "particulars"});
        fields.add(new String[] {"particulars:particularsSubject", "Bayi Ny. " + mother.getString("NAMA_LGKP")});
        fields.add(new String[] {"particulars:childName", "Bayi Ny. " + mother.getString("NAMA_LGKP")});
        fields.add(new String[] {"particulars:childSex_input", "FEMALE"});
        fields.add(new String[] {"particulars:childBirthDate", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))});
        fields.add(new String[] {"particulars:childBirthPlace", "Blora"});
        fields.add(new String[] {"particulars:familyKk", couple.getString("NO_KK")});
        fields.add(new String[] {"particulars:motherName", mother.getString("NAMA_LGKP")});
        fields.add(new String[] {"particulars:motherNik", mother.getString("NIK")});
        fields.add(new String[] {"particulars:fatherName", father.getString("NAMA_LGKP")});
        fields.add(new String[] {"particulars:fatherNik", father.getString("NIK")});
        fields.add(new String[] {"particulars:deliveryAddress", "Jl. Pemuda No. 7 RT 002/RW 003, Kunden, Blora"});
        fields.add(new String[] {"particulars:deliveryPhone", "0812 3316 0077"}); // an email applicant's; WhatsApp's number wins
        fields.add(new String[] {"particulars:recordParticulars", ""});
        fields.add(new String[] {"jakarta.faces.ViewState", PortalClient.viewState(page.body())});
        HttpResponse<String> answer = portal.as("operator").postAll("operator/case.xhtml?id=" + caseId, fields);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(CasePortal.messages(answer.body())).as("the particulars are saved").anySatisfy(m -> assertThat(m).contains("disimpan"));
        assertThat(Deployments.count("select count(*) from case_person where case_id = " + caseId)).isEqualTo(3);
    }

    /** Completes the current step as {@code user} until the case has moved on to {@code next} (null: finished), retrying while it waits for SIAK. */
    static void complete(CasePortal portal, String user, long caseId, String next) throws Exception {
        String folder = user.replace('.', '-');
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<String> messages = List.of();
        while (System.nanoTime() < until) {
            messages = portal.complete(user, folder, caseId);
            if (java.util.Objects.equals(currentStep(caseId), next)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("case " + caseId + " did not move on to " + next + " as " + user + ": " + messages);
    }

    /** The courier order booked for the cards' delivery, once the relay has booked it. */
    static String awaitCourierOrder(long caseId) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            String orderId = Deployments.text("select max(order_id) from courier_shipment where case_id = ?::bigint"
                    + " and step_key = 'send_kia_ktp'", Long.toString(caseId));
            if (orderId != null) {
                return orderId;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no courier booked for the cards of case " + caseId);
    }

    static void awaitStep(long caseId, String step, int seconds) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            if (step.equals(currentStep(caseId))) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("case " + caseId + " is at " + currentStep(caseId) + ", not " + step + ", after " + seconds + " s");
    }

    static String currentStep(long caseId) throws Exception {
        return Deployments.text("select current_step from service_case where id = ?::bigint", Long.toString(caseId));
    }
}

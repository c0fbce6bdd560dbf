package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.devserver.MailSink;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Applications by email end to end, through a real mail server (GreenMail: SMTP in, the office's
 * mailbox read by Lintas over IMAP, the answers out by SMTP): a LANDA MEWA birth registration with
 * its scans attached opens its case with the files attached and the applicant's steps done, and
 * the resident gets the reference, the case number and the checklist; the same email read again is
 * one application; a file sent back to the resident is completed by the resident's reply (its
 * attachment goes to the case, which returns to the office), while someone else's reply naming the
 * case is refused; a "PDF" that is not one is refused with the reason.
 */
@ExtendWith(ArquillianExtension.class)
class EmailApplicationIT {
    private static final String OFFICE_MAILBOX = "layanan@blora.test";
    private static final byte[] PDF = "%PDF-1.4\n% kartu keluarga\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aBirthRegistrationByEmailOpensItsCaseAndTheResidentIsToldItsNumber() throws Exception {
        String resident = "warga-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        String messageId = "<" + UUID.randomUUID() + "@example.test>";
        MimeMessage application = application(resident, messageId, "Permohonan akta kelahiran", Map.of(
                "kk.pdf", PDF, "surat-kelahiran.jpg", JPEG, "ktp_pelapor.pdf", PDF));
        send(application);
        send(application); // read again (a second instance, a restart): one application

        MimeMessage reply = awaitMail(resident, "diterima");
        String text = MailSink.text(reply);
        System.out.println(MailSink.describe(reply));
        String reference = Deployments.text("select reference from mail_application where message_id = ?", messageId);
        assertThat(reference).matches("EM-[A-Z2-9]{8}");
        String caseNumber = Deployments.text("select case_number from mail_application where message_id = ?", messageId);
        assertThat(reply.getSubject()).contains(reference).contains(caseNumber);
        assertThat(text).contains("Yth. Bapak/Ibu", reference, caseNumber, "[v] KK: kk.pdf",
                "[v] Surat Kelahiran dari Penolong Kelahiran / SPTJM kebenaran data kelahiran: surat-kelahiran.jpg",
                "[v] KTP pelapor: ktp_pelapor.pdf", "[ ] KTP 2 orang saksi", "Dear Sir or Madam");
        assertThat(text.indexOf("Yth.")).isLessThan(text.indexOf("Dear Sir"));

        assertThat(Deployments.count("select count(*) from mail_application where message_id = '" + messageId + "'")).isEqualTo(1);
        String caseId = Deployments.text("select case_id::text from mail_application where message_id = ?", messageId);
        assertThat(Deployments.text("select sop_code from service_case where id = ?::bigint", caseId)).isEqualTo("LANDA_MEWA");
        assertThat(Deployments.text("select applicant_channel || ' ' || applicant_address || ' ' || application_reference"
                + " from service_case where id = ?::bigint", caseId)).isEqualTo("EMAIL " + resident + " " + reference);
        assertThat(Deployments.texts("select label from case_attachment where case_id = ?::bigint order by id", caseId))
                .containsExactlyInAnyOrder("KK", "Surat Kelahiran dari Penolong Kelahiran", "KTP pelapor");
        assertThat(Deployments.texts("select action from audit_entry where actor = 'pemohon-email' and subject like '%' || ? || '%'",
                caseNumber)).isNotEmpty();

        // the office's steps: the file sent back with its reason, then found complete (the service deadline), by email
        CasePortal portal = new CasePortal();
        long id = Long.parseLong(caseId);
        assertThat(portal.complete("operator", "operator", id)).contains("Langkah selesai."); // downloaded and printed
        assertThat(portal.sendBack("operator", "operator", id, "KTP 2 orang saksi belum dilampirkan"))
                .contains("Berkas dikembalikan.");
        MimeMessage returnedMail = awaitMail(resident, "Perkembangan layanan " + caseNumber);
        String returned = MailSink.text(returnedMail);
        assertThat(returned).contains("dikembalikan untuk diperbaiki: KTP 2 orang saksi belum dilampirkan", reference,
                "balas email ini");
        assertThat(LandaMewaWhatsAppIT.currentStep(id)).isEqualTo("scan_documents");

        // someone else replying about the case is refused; the resident's reply brings the document to the case
        String stranger = "orang-lain-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        send(application(stranger, "<" + UUID.randomUUID() + "@example.test>", "Re: " + returnedMail.getSubject(),
                Map.of("witnesses_ktp.jpg", JPEG)));
        assertThat(MailSink.text(awaitMail(stranger, "belum dapat diterima"))).contains(caseNumber,
                "tidak kami temukan untuk permohonan dari alamat email Anda");
        String replyId = "<" + UUID.randomUUID() + "@example.test>";
        send(application(resident, replyId, "Re: " + returnedMail.getSubject(), Map.of("witnesses_ktp.jpg", JPEG)));
        assertThat(MailSink.text(awaitMail(resident, "Dokumen tambahan untuk layanan " + caseNumber + " diterima")))
                .contains("1 dokumen tambahan untuk permohonan " + reference, "witnesses_ktp.jpg");
        assertThat(Deployments.text("select status || ' ' || case_id from mail_application where message_id = ?", replyId))
                .isEqualTo("SUPPLEMENT " + caseId);
        assertThat(Deployments.texts("select label || ' ' || added_by from case_attachment where case_id = ?::bigint order by id",
                caseId)).contains("KTP 2 orang saksi pemohon-email");
        assertThat(LandaMewaWhatsAppIT.currentStep(id)).as("the applicant's steps done again: the file is back at the office")
                .isEqualTo("download_and_print");
        for (int step = 0; step < 2; step++) { // printed again, checked: complete
            assertThat(portal.complete("operator", "operator", id)).contains("Langkah selesai.");
        }
        MimeMessage complete = awaitMail(resident, m -> MailSink.text(m).contains("sudah lengkap"));
        assertThat(MailSink.text(complete)).contains("Layanan selesai paling lambat", "The service will be finished by");
    }

    /**
     * The same LANDA MEWA birth registration as {@link LandaMewaWhatsAppIT}, by email: the signed PDFs in the
     * resident's inbox, the cards by courier (to the phone the operator recorded), the end.
     */
    @Test
    void aBirthRegistrationByEmailGetsTheSignedPdfsInTheInboxAndTheCardsByCourier() throws Exception {
        String resident = "siti-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        String messageId = "<" + UUID.randomUUID() + "@example.test>";
        jakarta.json.JsonObject couple = Sandbox.sampleCouple();
        send(application(resident, messageId, "Akta kelahiran", Map.of("kk.pdf", PDF, "sptjm-kelahiran.pdf", PDF,
                "surat-nikah.pdf", PDF, "ktp-pelapor.jpg", JPEG, "ktp-saksi.jpg", JPEG)));
        awaitMail(resident, "diterima");
        String caseNumber = Deployments.text("select case_number from mail_application where message_id = ?", messageId);
        long caseId = Long.parseLong(Deployments.text("select case_id::text from mail_application where message_id = ?", messageId));

        // ---- the office works the file as for WhatsApp
        CasePortal portal = new CasePortal();
        LandaMewaWhatsAppIT.recordParticulars(portal, caseId, couple);
        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, "check_requirements");
        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, "enter_in_siak");
        assertThat(MailSink.text(awaitMail(resident, m -> MailSink.text(m).contains("sudah lengkap")))).contains(caseNumber,
                "paling lambat");
        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, "print_drafts");
        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, "verify_draft_kk"); // waits for SIAK's numbers
        LandaMewaWhatsAppIT.complete(portal, "kasi", caseId, "verify_draft_birth_certificate");
        LandaMewaWhatsAppIT.complete(portal, "kasi", caseId, "request_validation");
        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, "approve_kk");
        LandaMewaWhatsAppIT.complete(portal, "kabid.dafduk", caseId, "approve_birth_certificate");
        LandaMewaWhatsAppIT.complete(portal, "kabid.capil", caseId, "request_signature");
        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, "kadis_approve");
        TteInbox.awaitDrafts(caseId, 2, 90);
        assertThat(TteInbox.signAll(portal.as("kadis"), TteInbox.PASSPHRASE)).containsAnyOf("\"started\":true",
                "&#34;started&#34;:true");
        LandaMewaWhatsAppIT.awaitStep(caseId, "make_pdf", 90);
        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, "send_pdf");

        // ---- the signed PDFs arrive by email, exactly the documents the office registered
        MimeMessage signed = awaitMail(resident, "sudah ditandatangani");
        assertThat(MailSink.text(signed)).contains(caseNumber, "(2 dokumen)", "(2 documents)");
        List<String> received = new java.util.ArrayList<>();
        for (byte[] pdf : MailSink.attachments(signed).values()) {
            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            received.add(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
        }
        assertThat(received).containsExactlyInAnyOrderElementsOf(Deployments.texts("select signed_sha256 from issued_document"
                + " where case_id = ?::bigint and status = 'SIGNED'", Long.toString(caseId))).hasSize(2);

        // ---- the cards go home by courier, who calls the phone recorded with the address; then the end
        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, "print_kia_ktp");
        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, "send_kia_ktp");
        String orderId = LandaMewaWhatsAppIT.awaitCourierOrder(caseId);
        assertThat(Sandbox.courierOrder(orderId).getJsonObject("destination").toString()).contains("Jl. Pemuda No. 7", "081233160077");
        Sandbox.advanceCourier(orderId, "{\"status\":\"delivered\",\"recipient_name\":\"Siti Aminah\"}");
        LandaMewaWhatsAppIT.awaitStep(caseId, "print_kk_birth_certificate", 60);
        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, "receive_kia_ktp");
        LandaMewaWhatsAppIT.complete(portal, "operator", caseId, null);
        assertThat(MailSink.text(awaitMail(resident, m -> MailSink.text(m).contains("telah selesai")))).contains(caseNumber);
    }

    @Test
    void aFakePdfIsRefusedWithTheReason() throws Exception {
        String resident = "warga-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        String messageId = "<" + UUID.randomUUID() + "@example.test>";
        send(application(resident, messageId, "Akta kelahiran", Map.of("kk.pdf",
                "this is a Word file renamed".getBytes(StandardCharsets.US_ASCII))));

        MimeMessage reply = awaitMail(resident, "belum dapat diterima");
        String text = MailSink.text(reply);
        assertThat(text).contains("\"kk.pdf\"", "bukan berkas PDF, JPEG atau PNG", "is not a PDF, JPEG or PNG file",
                "Persyaratan Pencatatan kelahiran");
        assertThat(Deployments.text("select status || ' ' || coalesce(case_id::text, '-') from mail_application where message_id = ?",
                messageId)).isEqualTo("REFUSED -");
    }

    @Test
    void anApplicationThatCouldNotBeDecidedIsDecidedAgainOnTheAdminsWord() throws Exception {
        String resident = "warga-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        String messageId = "<" + UUID.randomUUID() + "@example.test>";
        send(application(resident, messageId, "Akta kelahiran", Map.of("kk.pdf", "not a scan".getBytes(StandardCharsets.US_ASCII))));
        awaitMail(resident, "belum dapat diterima");
        String reference = Deployments.text("select reference from mail_application where message_id = ?", messageId);

        DeadLetterPage page = DeadLetterPage.mails(new CasePortal());
        assertThat(page.row(reference)).as("refused: listed, the resident was told").contains(resident, "Akta kelahiran", "Ditolak",
                "kk.pdf").doesNotContain(":replay");

        // deciding failed again and again (an hour of tries): FAILED, waiting for the admin
        try (var c = Deployments.database(); var s = c.prepareStatement("update mail_application set status = 'FAILED',"
                + " last_error = 'database unreachable', attempts = 12 where message_id = ?")) {
            s.setString(1, messageId);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        assertThat(page.row(reference)).contains("Gagal", "database unreachable", ":replay");
        assertThat(page.press(reference, "replay")).contains("Permohonan dijadwalkan untuk diputuskan ulang.");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!"REFUSED".equals(Deployments.text("select status from mail_application where message_id = ?", messageId))) {
            assertThat(System.nanoTime()).as("decided again").isLessThan(deadline);
            Thread.sleep(250);
        }
        assertThat(CaseFlowIT.auditActions(reference)).containsExactly("DEAD_LETTER_REPLAYED");
    }

    @Test
    void anEmailNamingNoServiceGetsTheListOfServices() throws Exception {
        String resident = "warga-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        send(application(resident, "<" + UUID.randomUUID() + "@example.test>", "Halo", Map.of("scan.pdf", PDF)));

        String text = MailSink.text(awaitMail(resident, "belum dapat diterima"));
        assertThat(text).contains("Layanan yang dapat dimohon lewat email", "Akta kelahiran", "KTP-el", "Birth certificate");
    }

    private static MimeMessage application(String from, String messageId, String subject, Map<String, byte[]> files)
            throws Exception {
        MimeMessage m = new MimeMessage(session()) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress(from, "Siti Warga"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(OFFICE_MAILBOX));
        m.setSubject(subject, "UTF-8");
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart body = new MimeBodyPart();
        body.setText("Yth. Dinas Dukcapil,\n\nBersama ini saya mengirim permohonan dengan lampiran.\n\nSiti", "UTF-8");
        parts.addBodyPart(body);
        for (var file : new java.util.TreeMap<>(files).entrySet()) {
            MimeBodyPart attachment = new MimeBodyPart();
            String type = file.getKey().endsWith(".jpg") ? "image/jpeg" : "application/pdf";
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(file.getValue(), type)));
            attachment.setFileName(file.getKey());
            parts.addBodyPart(attachment);
        }
        m.setContent(parts);
        m.saveChanges();
        return m;
    }

    private static Session session() {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", Integer.toString(EmbeddedPostgresSession.mail().port()));
        return Session.getInstance(p);
    }

    private static void send(MimeMessage m) throws Exception {
        Transport.send(m);
    }

    /** The first email to {@code to} whose subject has {@code words}, waiting up to a minute. */
    private static MimeMessage awaitMail(String to, String words) throws Exception {
        return awaitMail(to, m -> m.getSubject() != null && m.getSubject().contains(words));
    }

    /** The first email to {@code to} that {@code matches}, waiting up to a minute. */
    private static MimeMessage awaitMail(String to, Matches matches) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            for (MimeMessage m : EmbeddedPostgresSession.mail().received()) {
                List<String> recipients = m.getAllRecipients() == null ? List.of()
                        : Arrays.stream(m.getAllRecipients()).map(Object::toString).toList();
                if (recipients.contains(to) && matches.test(m)) {
                    return m;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no such email to " + to + " in a minute");
    }

    private interface Matches {
        boolean test(MimeMessage m) throws Exception;
    }
}

package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Residents' conversations with the office's WhatsApp number (DIK JAMILA ME-WA, LANDA MEWA), from
 * the sandbox's simulated phones through Meta's webhook, the conversation relay and the Cloud API
 * back to the phone: bad input gets a clear answer and nothing is kept of it (a 40 MB video and a
 * 40 MB file, a "PDF" that is not one, an unknown command, a number whose application for
 * another service is open), and a birth registration (LANDA MEWA) with the SPTJM instead of the
 * birth letter is sent.
 */
@ExtendWith(ArquillianExtension.class)
class WhatsAppConversationIT {
    private static final long FORTY_MB = 40L * 1024 * 1024;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void subscribed() {
        Phone.awaitSubscribed(Duration.ofSeconds(60));
    }

    @Test
    void aFortyMegabyteVideoOrFileGetsAClearAnswerAndNothingIsStored() throws Exception {
        Phone phone = Phone.fresh("Budi Santoso");
        chooseBirth(phone);

        Phone.Sent video = phone.declaredMedia("video", FORTY_MB, "video/mp4", null);
        assertThat(phone.awaitReply(Phone.TIMEOUT).text()).startsWith("Video tidak dapat diterima sebagai persyaratan")
                .contains("KK");
        Phone.Sent file = phone.declaredMedia("document", FORTY_MB, "application/pdf", "kk.pdf");
        assertThat(phone.awaitReply(Phone.TIMEOUT).text()).isEqualTo(
                "Berkas terlalu besar (40.0 MB); paling besar 10.0 MB. Mohon kirim foto atau PDF yang lebih kecil.");

        assertThat(mediaStatus(video.wamid())).isEqualTo("NONE");
        assertThat(mediaStatus(file.wamid())).isEqualTo("TOO_LARGE");
        assertThat(storedFiles(phone)).isZero();
        assertThat(conversation(phone)).containsExactly("COLLECTING", "BIRTH", "0");
    }

    @Test
    void aPdfThatIsNotAPdfIsRefusedAsTheWrongType() throws Exception {
        Phone phone = Phone.fresh("Dwi Lestari");
        chooseBirth(phone);

        Phone.Sent fake = phone.document("MZ\u0090\0 this is a program, not a scan".getBytes(StandardCharsets.ISO_8859_1), "kk.pdf",
                "application/pdf");
        assertThat(phone.awaitReply(Phone.TIMEOUT).text()).isEqualTo("Berkas untuk KK tidak bisa kami terima: bukan foto"
                + " (JPEG/PNG) atau PDF. Mohon kirim ulang sebagai foto atau PDF.");
        assertThat(mediaStatus(fake.wamid())).isEqualTo("WRONG_TYPE");
        assertThat(storedFiles(phone)).isZero();
        assertThat(conversation(phone)).containsExactly("COLLECTING", "BIRTH", "0");
    }

    @Test
    void anUnknownCommandIsAnsweredWithHelpAndTheMenu() {
        Phone phone = Phone.fresh("Rina Wulandari");
        phone.text("minta formulir xyz dong");
        List<Phone.Message> replies = phone.awaitReplies(2, Phone.TIMEOUT);
        assertThat(replies.get(0).text()).isEqualTo("Maaf, kami tidak mengenali pesan itu. Ketik *bantuan* untuk daftar perintah.");
        assertThat(replies.get(1).type()).isEqualTo("interactive");
        assertThat(replies.get(1).options()).contains("svc:BIRTH", "svc:KTP_EL", "svc:KK", "svc:KIA", "svc:DEATH");
    }

    @Test
    void aNumberWithAnOpenApplicationIsToldWhichOneBeforeAnotherService() throws Exception {
        Phone phone = Phone.fresh("Yuni Kartika");
        String reference = "WA-IT" + phone.waId().substring(phone.waId().length() - 5);
        submittedBirthApplication(phone, reference);

        phone.text("ktp-el");
        assertThat(phone.awaitReply(Phone.TIMEOUT).text()).isEqualTo("Nomor ini masih memiliki permohonan Akta kelahiran yang terbuka"
                + " (nomor *" + reference + "*). Permohonan KTP-el dapat diajukan setelah permohonan itu selesai.");
        assertThat(conversation(phone)).containsExactly("SUBMITTED", "BIRTH", "0");
    }

    @Test
    void aBirthRegistrationWithTheSptjmInsteadOfTheBirthLetterIsSent() throws Exception {
        Phone phone = Phone.fresh("Siti Aminah");
        chooseBirth(phone);

        phone.image(Phone.JPEG); // 1. KK
        Phone.Message parentKtp = phone.awaitMessage(m -> m.hasOption("skip:parent_ktp_el"), Phone.TIMEOUT);
        assertThat(parentKtp.text()).contains("KTP-el orang tua").contains("(berkas 2 dari 6)");
        phone.tap(parentKtp, "skip:parent_ktp_el"); // 2. optional: the parents are married

        Phone.Message birthLetter = phone.awaitMessage(m -> m.hasOption("alt:birth_letter"), Phone.TIMEOUT);
        assertThat(birthLetter.text()).contains("Surat Kelahiran dari Penolong Kelahiran").contains("Tidak punya?");
        phone.tap(birthLetter, "alt:birth_letter"); // 3. no birth letter: the SPTJM instead
        phone.awaitText("sebagai ganti Surat Kelahiran dari Penolong Kelahiran Anda mengirim SPTJM kebenaran data kelahiran",
                Phone.TIMEOUT);
        phone.awaitText("*SPTJM kebenaran data kelahiran* (berkas 3 dari 6)", Phone.TIMEOUT);
        phone.document(Phone.PDF, "sptjm-kelahiran.pdf", "application/pdf");

        phone.awaitText("*Surat Nikah orang tua* (berkas 4 dari 6)", Phone.TIMEOUT);
        phone.document(Phone.PDF, "buku-nikah.pdf", "application/pdf"); // 4.
        phone.awaitText("(berkas 5 dari 6)", Phone.TIMEOUT);
        phone.image(Phone.JPEG); // 5. the reporter's KTP
        phone.awaitText("(berkas 6 dari 6)", Phone.TIMEOUT);
        phone.image(Phone.JPEG); // 6. the witnesses' KTPs

        Phone.Message confirm = phone.awaitMessage(m -> m.hasOption("confirm:send"), Phone.TIMEOUT);
        assertThat(confirm.text()).contains("✅ SPTJM kebenaran data kelahiran").contains("➖ KTP-el orang tua");
        phone.tap(confirm, "confirm:send");
        Phone.Message submitted = phone.awaitText("Permohonan Akta kelahiran sudah kami terima dengan nomor", Phone.TIMEOUT);

        List<String> c = conversation(phone);
        assertThat(c).containsExactly("SUBMITTED", "BIRTH", "5");
        String reference = text("select reference from wa_conversation where phone = ?", phone.waId());
        assertThat(submitted.text()).contains("*" + reference + "*");
        assertThat(text("select alternatives from wa_conversation where phone = ?", phone.waId())).isEqualTo("birth_letter");
        assertThat(text("select skipped from wa_conversation where phone = ?", phone.waId())).isEqualTo("parent_ktp_el");
        assertThat(Deployments.texts("select d.requirement_key || ':' || d.alternative || ':' || m.content_type"
                + " from wa_conversation_document d join wa_conversation c on c.id = d.conversation_id"
                + " join wa_media m on m.id = d.file_id where c.phone = ? order by d.position", phone.waId()))
                .containsExactly("kk:false:image/jpeg", "birth_letter:true:application/pdf", "parents_marriage:false:application/pdf",
                        "reporter_ktp:false:image/jpeg", "witnesses_ktp:false:image/jpeg");
        assertThat(storedFiles(phone)).isEqualTo(5);

        phone.text("status");
        assertThat(phone.awaitReply(Phone.TIMEOUT).text()).contains(reference);
    }

    // ---------------------------------------------------------------- helpers

    /** Greets the office, picks the birth registration from the menu and reads its checklist up to the first document asked. */
    private static void chooseBirth(Phone phone) {
        phone.text("halo");
        Phone.Message menu = phone.awaitMessage(m -> m.hasOption("svc:BIRTH"), Phone.TIMEOUT);
        phone.tap(menu, "svc:BIRTH");
        Phone.Message checklist = phone.awaitText("Persyaratan Pencatatan kelahiran", Phone.TIMEOUT);
        assertThat(checklist.text()).contains("SPTJM kebenaran data kelahiran").contains("SPTJM kebenaran sebagai pasangan suami istri");
        phone.awaitText("*KK* (berkas 1 dari 6)", Phone.TIMEOUT);
    }

    /**
     * A phone whose birth registration was sent earlier (a conversation SUBMITTED, as the conversation
     * relay leaves it) and whose case the office has not opened yet: its next try is an hour away, as
     * after a failed one, so the case relay's news cannot come in between the phone's question and its answer.
     */
    private static void submittedBirthApplication(Phone phone, String reference) throws Exception {
        try (Connection c = Deployments.database(); PreparedStatement s = c.prepareStatement("insert into wa_conversation"
                + " (office_id, phone, reference, language, state, service_code, alternatives, skipped, created_at, last_activity_at,"
                + " submitted_at, case_next_attempt_at) select id, ?, ?, 'ID', 'SUBMITTED', 'BIRTH', '', '', now(), now(), now(),"
                + " now() + interval '1 hour' from office"
                + " where code = '3316'")) {
            s.setString(1, phone.waId());
            s.setString(2, reference);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    /** The phone's conversation: state, service and how many documents it holds. */
    private static List<String> conversation(Phone phone) throws Exception {
        try (Connection c = Deployments.database(); PreparedStatement s = c.prepareStatement("select state, service_code,"
                + " (select count(*) from wa_conversation_document d where d.conversation_id = c.id) from wa_conversation c"
                + " where phone = ?")) {
            s.setString(1, phone.waId());
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("a conversation with " + phone).isTrue();
                List<String> row = new ArrayList<>(List.of(rs.getString(1), rs.getString(2), rs.getString(3)));
                assertThat(rs.next()).as("one conversation with " + phone).isFalse();
                return row;
            }
        }
    }

    private static String mediaStatus(String wamid) throws Exception {
        return text("select media_status from wa_inbound where wamid = ?", wamid);
    }

    private static long storedFiles(Phone phone) throws Exception {
        return Long.parseLong(text("select count(*) from wa_media where phone = ?", phone.waId()));
    }

    private static String text(String sql, String parameter) throws Exception {
        return Deployments.text(sql, parameter);
    }
}

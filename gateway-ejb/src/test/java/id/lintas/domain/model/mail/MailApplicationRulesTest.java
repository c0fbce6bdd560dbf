package id.lintas.domain.model.mail;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.servicecase.FileKind;
import id.lintas.infrastructure.whatsapp.ServiceCatalogReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailApplicationRulesTest {
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    private final MailApplicationRules rules = new MailApplicationRules(ServiceCatalogReader.shipped());
    private final MailReplies replies = new MailReplies("Kabupaten Blora", ZoneId.of("Asia/Jakarta"));

    private static IncomingMail mail(String subject, String text, IncomingMail.File... files) {
        return new IncomingMail("<1@x>", "Siti <siti@example.id>", subject, text, Instant.EPOCH, List.of(files));
    }

    private static IncomingMail.File file(String name, byte[] bytes) {
        return new IncomingMail.File(name, "application/octet-stream", bytes);
    }

    @Test
    void theSubjectNamesTheServiceAndFileNamesNameTheRequirements() {
        var decision = rules.decide(mail("Re: Permohonan Akta Kelahiran", "", file("KK.pdf", PDF),
                file("surat-kelahiran.jpg", JPEG), file("sptjm_marriage.pdf", PDF), file("foto.jpg", JPEG)));

        assertThat(decision).isInstanceOf(MailApplicationRules.Accepted.class);
        var accepted = (MailApplicationRules.Accepted) decision;
        assertThat(accepted.service().code()).isEqualTo("BIRTH");
        assertThat(accepted.service().sop()).isEqualTo("LANDA_MEWA");
        assertThat(accepted.language()).isEqualTo(Locale.forLanguageTag("id"));
        assertThat(accepted.documents()).extracting(MailApplicationRules.Document::requirementKey).containsExactly(
                Optional.of("kk"), Optional.of("birth_letter"), Optional.of("sptjm_marriage"), Optional.empty());
        assertThat(accepted.documents()).extracting(MailApplicationRules.Document::label).containsExactly("KK",
                "Surat Kelahiran dari Penolong Kelahiran", "SPTJM kebenaran sebagai pasangan suami istri", "foto.jpg");
        assertThat(accepted.unmatched()).containsExactly("foto.jpg");

        String text = replies.accepted("EM-ABCDEFGH", "3316-LM-2026-000001", accepted).text();
        assertThat(text).contains("EM-ABCDEFGH", "3316-LM-2026-000001", "[v] KK: KK.pdf",
                "[v] Surat Nikah orang tua / SPTJM kebenaran sebagai pasangan suami istri: sptjm_marriage.pdf",
                "[ ] KTP pelapor", "Lampiran lain: foto.jpg", "Other attachments: foto.jpg", "[ ] KTP of the person reporting");
        assertThat(text.indexOf("Yth. Bapak/Ibu")).isLessThan(text.indexOf("Dear Sir or Madam"));
    }

    @Test
    void theTextNamesTheServiceWhenTheSubjectDoesNot() {
        var decision = rules.decide(mail("Permohonan", "Dear office, please find attached my application for a death certificate.\n"
                + "> quoted: akta kelahiran", file("death_letter.pdf", PDF)));

        var accepted = (MailApplicationRules.Accepted) decision;
        assertThat(accepted.service().code()).isEqualTo("DEATH");
        assertThat(accepted.language()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aReplyNamingACaseNumberBringsDocumentsForThatCase() {
        IncomingMail reply = mail("Re: Perkembangan layanan 3316-LANDA_MEWA-2026-000013 / Progress of service"
                + " 3316-LANDA_MEWA-2026-000013", "Berikut KTP pelapor yang benar.\n> Yth. Bapak/Ibu", file("ktp-pelapor.jpg", JPEG),
                file("lain.pdf", PDF));
        assertThat(MailApplicationRules.caseNamed(reply)).contains("3316-LANDA_MEWA-2026-000013");
        assertThat(MailApplicationRules.caseNamed(mail("Permohonan Akta Kelahiran", ""))).isEmpty();

        var birth = rules.catalog().byCode("BIRTH").orElseThrow();
        var supplement = (MailApplicationRules.Supplement) rules.supplement(reply, birth, "3316-LANDA_MEWA-2026-000013");
        assertThat(supplement.documents()).extracting(MailApplicationRules.Document::label).containsExactly("KTP pelapor", "lain.pdf");
        MailReplies.Mail answer = replies.supplemented("EM-ABCDEFGH", supplement);
        assertThat(answer.subject()).isEqualTo("Dokumen tambahan untuk layanan 3316-LANDA_MEWA-2026-000013 diterima"
                + " / Additional documents for service 3316-LANDA_MEWA-2026-000013 received");
        assertThat(answer.text()).contains("2 dokumen tambahan untuk permohonan EM-ABCDEFGH", "ktp-pelapor.jpg, lain.pdf",
                "2 additional documents for application EM-ABCDEFGH");

        var fake = (MailApplicationRules.Refused) rules.supplement(mail(reply.subject(), "", file("ktp.pdf", "x".getBytes())), birth,
                "3316-LANDA_MEWA-2026-000013");
        assertThat(fake.reason()).isEqualTo(MailApplicationRules.Refusal.WRONG_TYPE);
        MailReplies.Mail again = replies.refused("EM-ABCDEFGH", fake, rules.catalog().services());
        assertThat(again.subject()).startsWith("Dokumen untuk layanan 3316-LANDA_MEWA-2026-000013 belum dapat diterima");
        assertThat(again.text()).contains("balas email ini", "nomor layanan 3316-LANDA_MEWA-2026-000013", "reply to this email");
    }

    @Test
    void documentsForSomeoneElsesOrAFinishedCaseAreRefusedWithTheReason() {
        IncomingMail reply = mail("Re: Layanan 3316-LANDA_MEWA-2026-000013 selesai", "", file("kk.pdf", PDF));
        var unknown = rules.notForCase(reply, MailApplicationRules.Refusal.UNKNOWN_CASE, Optional.empty(),
                "3316-LANDA_MEWA-2026-000013");
        MailReplies.Mail answer = replies.refused("EM-ZZZZZZZZ", unknown, rules.catalog().services());
        assertThat(answer.text()).contains("tidak kami temukan untuk permohonan dari alamat email Anda",
                "Silakan kirim ulang permohonan Anda dalam email baru").doesNotContain("Persyaratan");
        assertThat(unknown.describe()).isEqualTo("UNKNOWN_CASE for case 3316-LANDA_MEWA-2026-000013");
        var closed = rules.notForCase(reply, MailApplicationRules.Refusal.CASE_CLOSED, rules.catalog().byCode("BIRTH"),
                "3316-LANDA_MEWA-2026-000013");
        assertThat(replies.refused("EM-ZZZZZZZZ", closed, rules.catalog().services()).text())
                .contains("Layanan 3316-LANDA_MEWA-2026-000013 sudah selesai", "Service 3316-LANDA_MEWA-2026-000013 is finished");
    }

    @Test
    void refusals() {
        assertThat(refusal(mail("Halo", "apa kabar", file("kk.pdf", PDF)))).isEqualTo(MailApplicationRules.Refusal.UNKNOWN_SERVICE);
        assertThat(refusal(mail("kelahiran", ""))).isEqualTo(MailApplicationRules.Refusal.NO_ATTACHMENTS);
        assertThat(refusal(mail("kelahiran", "", file("kk.pdf", "PK\u0003\u0004 word".getBytes(StandardCharsets.ISO_8859_1)))))
                .isEqualTo(MailApplicationRules.Refusal.WRONG_TYPE);
        assertThat(refusal(mail("kelahiran", "", file("kk.pdf", new byte[0])))).isEqualTo(MailApplicationRules.Refusal.EMPTY_FILE);
        byte[] large = new byte[FileKind.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertThat(refusal(mail("kelahiran", "", file("kk.pdf", large)))).isEqualTo(MailApplicationRules.Refusal.TOO_LARGE);
    }

    @Test
    void aRefusalSaysWhyAndWhatToSend() {
        var fake = (MailApplicationRules.Refused) rules.decide(mail("kelahiran", "", file("kk.pdf", "hello".getBytes())));
        MailReplies.Mail reply = replies.refused("EM-ABCDEFGH", fake, rules.catalog().services());
        assertThat(reply.subject()).isEqualTo("Permohonan EM-ABCDEFGH belum dapat diterima / Application EM-ABCDEFGH could not be accepted");
        assertThat(reply.text()).contains("Lampiran \"kk.pdf\"", "bukan berkas PDF, JPEG atau PNG", "not a PDF, JPEG or PNG",
                "Persyaratan Pencatatan kelahiran", "- KTP pelapor", "paling besar 10 MB", "Kabupaten Blora");

        var unknown = (MailApplicationRules.Refused) rules.decide(mail("Halo", "", file("kk.pdf", PDF)));
        assertThat(replies.refused("EM-ABCDEFGH", unknown, rules.catalog().services()).text())
                .contains("- Akta kelahiran: Pencatatan kelahiran", "- Birth certificate: Birth registration", "- KTP-el");
    }

    @Test
    void theCaseNews() {
        var birth = rules.catalog().byCode("BIRTH").orElseThrow();
        assertThat(replies.complete("EM-A", birth, "N-1", Instant.parse("2026-12-03T03:00:00Z")).text())
                .contains("paling lambat 3 Desember 2026, 10:00 WIB", "finished by 3 December 2026");
        assertThat(replies.returned("EM-A", birth, "N-1", "KK tidak terbaca").text()).contains("diperbaiki: KK tidak terbaca");
        assertThat(replies.documentsReady("EM-A", birth, "N-1", 3).text()).contains("(3 dokumen)", "(3 documents)");
        assertThat(replies.finished("EM-A", birth, "N-1").subject()).isEqualTo("Layanan N-1 selesai / Service N-1 finished");
    }

    @Test
    void theSendersAddress() {
        assertThat(MailAddresses.plain("\"Siti, W\" <Siti@Example.ID>")).isEqualTo("siti@example.id");
        assertThat(MailAddresses.plain("siti@example.id")).isEqualTo("siti@example.id");
        assertThat(MailAddresses.plain("nobody")).isNull();
    }

    private MailApplicationRules.Refusal refusal(IncomingMail mail) {
        return ((MailApplicationRules.Refused) rules.decide(mail)).reason();
    }
}

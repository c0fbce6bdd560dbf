package id.lintas.infrastructure.integration.mail;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.mail.IncomingMail;
import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailReaderTest {
    private final Session session = Session.getInstance(new Properties());

    @Test
    void readsTextAndNestedAttachments() throws Exception {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress("siti@example.id", "Siti"));
        m.setSubject("Permohonan akta kelahiran", "UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText("Yth. Dinas,\nterlampir.", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>Yth. Dinas</p>", "text/html; charset=UTF-8");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart kk = new MimeBodyPart();
        kk.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[] {'%', 'P', 'D', 'F', '-'}, "application/pdf")));
        kk.setFileName("Kartu Keluarga.pdf");
        MimeMultipart mixed = new MimeMultipart();
        mixed.addBodyPart(body);
        mixed.addBodyPart(kk);
        m.setContent(mixed);
        m.saveChanges();
        MimeMessage received = roundTrip(m);

        IncomingMail mail = MailReader.read(received).orElseThrow();

        assertThat(mail.messageId()).isEqualTo(m.getMessageID());
        assertThat(mail.from()).contains("siti@example.id");
        assertThat(mail.subject()).isEqualTo("Permohonan akta kelahiran");
        assertThat(mail.text()).contains("terlampir.").doesNotContain("<p>");
        assertThat(mail.attachments()).hasSize(1);
        assertThat(mail.attachments().get(0).fileName()).isEqualTo("Kartu Keluarga.pdf");
        assertThat(mail.attachments().get(0).contentType()).isEqualTo("application/pdf");
        assertThat(mail.attachments().get(0).bytes()).startsWith('%', 'P', 'D', 'F');
    }

    @Test
    void anHtmlEmailsQuotedPartIsNotItsText() throws Exception {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress("siti@example.id"));
        m.setSubject("Re: Permohonan EM-ABCDEFGH belum dapat diterima");
        m.setContent("<div>Baik, saya kirim ulang.</div><blockquote><p>Layanan: Akta kelahiran</p></blockquote>",
                "text/html; charset=UTF-8");
        m.saveChanges();

        String text = MailReader.read(roundTrip(m)).orElseThrow().text();
        assertThat(text).contains("Baik, saya kirim ulang.").doesNotContain("Akta kelahiran").doesNotContain("<div>");
    }

    @Test
    void automaticMailIsNotRead() throws Exception {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress("siti@example.id"));
        m.setSubject("Out of office");
        m.setHeader("Auto-Submitted", "auto-replied");
        m.setText("away");
        m.saveChanges();
        assertThat(MailReader.read(roundTrip(m))).isEmpty();

        MimeMessage bounce = new MimeMessage(session);
        bounce.setFrom(new InternetAddress("MAILER-DAEMON@example.id"));
        bounce.setText("undeliverable");
        bounce.saveChanges();
        assertThat(MailReader.read(roundTrip(bounce))).isEmpty();
    }

    @Test
    void anEmailWithoutMessageIdIsStillKnownByItsContent() throws Exception {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress("siti@example.id"));
        m.setSubject("kelahiran");
        m.setText("x");
        m.saveChanges();
        m.removeHeader("Message-ID");
        String first = MailReader.read(m).orElseThrow().messageId();
        assertThat(first).startsWith("<sha256-").isEqualTo(MailReader.read(m).orElseThrow().messageId());
    }

    private MimeMessage roundTrip(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return new MimeMessage(session, new ByteArrayInputStream(out.toByteArray()));
    }
}

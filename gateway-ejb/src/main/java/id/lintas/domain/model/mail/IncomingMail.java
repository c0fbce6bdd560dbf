package id.lintas.domain.model.mail;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An email as the office's mailbox gave it, before anything is decided: its Message-ID (what makes
 * it the same email when the mailbox is read again), the sender's address, subject, plain text and
 * the files attached as they came. Nothing here is trusted: the decision checks the files by their
 * content.
 */
public record IncomingMail(String messageId, String from, String subject, String text, Instant sentAt,
        List<File> attachments) {
    public IncomingMail {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(from, "from");
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
        attachments = List.copyOf(attachments);
    }

    /** A file attached to the email: its name, the type the sender's mail program claimed, and its bytes. */
    public record File(String fileName, String contentType, byte[] bytes) {
        public File {
            Objects.requireNonNull(fileName, "fileName");
            contentType = contentType == null ? "application/octet-stream" : contentType;
            Objects.requireNonNull(bytes, "bytes");
        }
    }
}

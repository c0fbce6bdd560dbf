package id.lintas.infrastructure.integration.mail;

import id.lintas.domain.model.mail.IncomingMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an email from the mailbox (Jakarta Mail) into an {@link IncomingMail}: its Message-ID (or,
 * for one without, a digest of its sender, date, subject and text, so it is still stored once),
 * the sender, subject, the first plain text (or the HTML text without its tags), and every part
 * with a file name as an attachment, however deeply nested. Automatic mail (bounces, out-of-office
 * answers: {@code Auto-Submitted}, {@code Precedence: bulk}, a mailer daemon) is not read, so that
 * the office never answers an answering machine and no loop of replies starts.
 */
public final class MailReader {
    /** A file larger than this is not read into memory at all; it is kept as its first bytes, enough to refuse it as too large. */
    static final int MAX_READ = 12 * 1024 * 1024;

    private MailReader() {
    }

    /** The email, or empty for automatic mail. */
    public static Optional<IncomingMail> read(Message message) throws MessagingException, IOException {
        if (automatic(message)) {
            return Optional.empty();
        }
        String from = message.getFrom() == null || message.getFrom().length == 0 ? null : message.getFrom()[0].toString();
        String subject = message.getSubject();
        List<IncomingMail.File> files = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        StringBuilder html = new StringBuilder();
        walk(message, files, plain, html);
        // an HTML reply's quoted email (with the office's lists of services and requirements) is not the resident's text
        String text = plain.length() > 0 ? plain.toString()
                : html.toString().replaceAll("(?is)<blockquote.*?</blockquote>", " ").replaceAll("(?s)<[^>]*>", " ");
        String messageId = message instanceof MimeMessage mime ? mime.getMessageID() : null;
        if (messageId == null || messageId.isBlank()) {
            messageId = "<sha256-" + digest(from + "|" + message.getSentDate() + "|" + subject + "|" + text) + "@lintas>";
        }
        return Optional.of(new IncomingMail(messageId, from == null ? "" : from, subject, text,
                message.getSentDate() == null ? null : message.getSentDate().toInstant(), files));
    }

    private static boolean automatic(Message message) throws MessagingException {
        String auto = header(message, "Auto-Submitted");
        String precedence = header(message, "Precedence");
        String from = message.getFrom() == null || message.getFrom().length == 0 ? "" : message.getFrom()[0].toString()
                .toLowerCase(Locale.ROOT);
        return auto != null && !auto.strip().equalsIgnoreCase("no")
                || precedence != null && List.of("bulk", "junk", "list", "auto_reply").contains(precedence.strip().toLowerCase(Locale.ROOT))
                || from.contains("mailer-daemon") || from.contains("postmaster@");
    }

    private static String header(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static void walk(Part part, List<IncomingMail.File> files, StringBuilder plain, StringBuilder html)
            throws MessagingException, IOException {
        String fileName = part.getFileName();
        if (fileName != null && !fileName.isBlank()) {
            files.add(new IncomingMail.File(MimeUtility.decodeText(fileName), baseType(part.getContentType()), bytes(part)));
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), files, plain, html);
            }
        } else if (part.isMimeType("text/plain") && plain.length() == 0 && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            plain.append(part.getContent());
        } else if (part.isMimeType("text/html") && html.length() == 0) {
            html.append(part.getContent());
        }
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(MAX_READ);
        }
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "application/octet-stream";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

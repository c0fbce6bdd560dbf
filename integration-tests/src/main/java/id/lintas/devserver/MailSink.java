package id.lintas.devserver;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1 that keeps every email it is given, to any address,
 * with any or no credentials: the tests read what Lintas sent, and the run command prints it.
 */
public final class MailSink implements AutoCloseable {
    private final GreenMail greenMail;
    private ScheduledExecutorService printer;

    private MailSink(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts the sink's SMTP server on {@code port}. */
    public static MailSink start(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return new MailSink(server);
    }

    /**
     * Starts the sink's SMTP server on {@code smtpPort} and, with {@code imapPort} above 0, IMAP on
     * it: a mailbox per address (the first login creates it, any password), as the office's
     * mailbox that residents send applications to.
     */
    public static MailSink start(int smtpPort, int imapPort) {
        if (imapPort <= 0) {
            return start(smtpPort);
        }
        GreenMail server = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return new MailSink(server);
    }

    /** The IMAP port, or -1 without IMAP. */
    public int imapPort() {
        return greenMail.getImap() == null ? -1 : greenMail.getImap().getPort();
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Every email received so far, oldest first. */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** Prints each new email (from, to, subject, text) as it arrives, checking every second. */
    public void printArrivals(PrintStream out) {
        printer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lintas-mail-sink");
            t.setDaemon(true);
            return t;
        });
        int[] seen = {0};
        printer.scheduleWithFixedDelay(() -> {
            MimeMessage[] all = greenMail.getReceivedMessages();
            for (; seen[0] < all.length; seen[0]++) {
                out.println(describe(all[seen[0]]));
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    /** An email as the run command prints it. */
    public static String describe(MimeMessage m) {
        try {
            return "[mail] from " + addresses(m.getFrom()) + " to " + addresses(m.getAllRecipients()) + "\n[mail] subject: "
                    + m.getSubject() + "\n" + text(m).lines().map(l -> "[mail] | " + l).collect(Collectors.joining("\n"));
        } catch (MessagingException e) {
            return "[mail] unreadable: " + e;
        }
    }

    /** The text of a plain-text email, decoded. */
    public static String text(MimeMessage m) {
        try {
            Object content = m.getContent();
            if (content instanceof String text) {
                return text;
            }
            if (content instanceof jakarta.mail.Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    var part = parts.getBodyPart(i);
                    if (part.getFileName() == null && part.getContent() instanceof String text) {
                        return text;
                    }
                }
            }
            return GreenMailUtil.getBody(m);
        } catch (MessagingException | java.io.IOException e) {
            return GreenMailUtil.getBody(m);
        }
    }

    /** The files attached to an email: file name and bytes, in order. */
    public static java.util.Map<String, byte[]> attachments(MimeMessage m) {
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try {
            if (m.getContent() instanceof jakarta.mail.Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    var part = parts.getBodyPart(i);
                    if (part.getFileName() != null) {
                        files.put(part.getFileName(), part.getInputStream().readAllBytes());
                    }
                }
            }
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException("unreadable email", e);
        }
        return files;
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "-" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        if (printer != null) {
            printer.shutdownNow();
        }
        greenMail.stop();
    }
}

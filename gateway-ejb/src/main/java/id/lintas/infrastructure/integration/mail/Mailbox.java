package id.lintas.infrastructure.integration.mail;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The office's mailbox that residents send applications to, read over IMAP
 * ({@code lintas.mail.intake.*}): host, port, user, password, folder (INBOX), security
 * ({@code ssl}: IMAPS from the start, usually 993, the default; {@code starttls}: upgrade on 143;
 * {@code none}, for a local test server only) and how long to wait between polls.
 */
public record Mailbox(String host, int port, String user, String password, String folder, String security, Duration delay) {
    public Mailbox {
        Objects.requireNonNull(host);
        Objects.requireNonNull(user, "lintas.mail.intake.user");
        folder = folder == null || folder.isBlank() ? "INBOX" : folder;
        security = security == null || security.isBlank() ? "ssl" : security.strip().toLowerCase(Locale.ROOT);
        if (!security.equals("none") && !security.equals("starttls") && !security.equals("ssl")) {
            throw new IllegalArgumentException("lintas.mail.intake.security is none, starttls or ssl, not " + security);
        }
    }

    /**
     * The mailbox when {@code lintas.mail.intake.enabled} is true and a host is given; empty (no
     * polling) otherwise.
     */
    public static Optional<Mailbox> configured(Config config) {
        if (!config.getOptionalValue("lintas.mail.intake.enabled", Boolean.class).orElse(false)) {
            return Optional.empty();
        }
        return config.getOptionalValue("lintas.mail.intake.host", String.class).filter(h -> !h.isBlank()).map(host -> {
            String security = config.getOptionalValue("lintas.mail.intake.security", String.class).orElse("ssl");
            return new Mailbox(host.strip(), config.getOptionalValue("lintas.mail.intake.port", Integer.class)
                    .orElse("ssl".equalsIgnoreCase(security) ? 993 : 143),
                    config.getOptionalValue("lintas.mail.intake.user", String.class).orElse(null),
                    config.getOptionalValue("lintas.mail.intake.password", String.class).orElse(""),
                    config.getOptionalValue("lintas.mail.intake.folder", String.class).orElse("INBOX"), security,
                    Duration.ofMillis(config.getOptionalValue("lintas.mail.intake.delay-ms", Long.class).orElse(10_000L)));
        });
    }

    String scheme() {
        return security.equals("ssl") ? "imaps" : "imap";
    }

    /**
     * The camel-mail consumer: unread emails, not marked read while they are fetched ({@code peek}),
     * marked read once stored, never deleted; credentials are set on the component, not here.
     */
    String uri() {
        return scheme() + "://" + host + ":" + port + "?folderName=" + folder + "&unseen=true&peek=true&delete=false"
                + "&mapMailMessage=false&maxMessagesPerPoll=20&connectionTimeout=10000&initialDelay=" + Math.min(5000, delay.toMillis())
                + "&delay=" + delay.toMillis();
    }

    @Override
    public String toString() {
        return scheme() + " " + host + ":" + port + "/" + folder + " as " + user + " (" + security + "), every " + delay.toMillis()
                + " ms";
    }
}

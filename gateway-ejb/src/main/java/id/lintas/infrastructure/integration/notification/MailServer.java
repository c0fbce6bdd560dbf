package id.lintas.infrastructure.integration.notification;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import java.util.Properties;

/**
 * The SMTP server the office's emails go through ({@code LINTAS_SMTP_*}), who they are from
 * ({@code LINTAS_MAIL_FROM}) and how the connection is secured: {@code none}, {@code starttls}
 * (upgrade on the submission port, usually 587) or {@code ssl} (TLS from the start, usually 465).
 */
public record MailServer(String host, int port, String user, String password, String from, String security, Duration timeout) {
    public MailServer {
        Objects.requireNonNull(host);
        Objects.requireNonNull(from);
        security = security == null || security.isBlank() ? "none" : security.strip().toLowerCase(Locale.ROOT);
        if (!security.equals("none") && !security.equals("starttls") && !security.equals("ssl")) {
            throw new IllegalArgumentException("lintas.smtp.security is none, starttls or ssl, not " + security);
        }
        user = user == null || user.isBlank() ? null : user;
        password = password == null || password.isBlank() ? null : password;
    }

    /**
     * The server configured by {@code lintas.smtp.host} ({@code LINTAS_SMTP_HOST}), {@code .port} (25),
     * {@code .user}, {@code .password}, {@code .security} (none) and {@code lintas.mail.from}; empty
     * without a host.
     */
    public static Optional<MailServer> configured(Config config) {
        return config.getOptionalValue("lintas.smtp.host", String.class).filter(h -> !h.isBlank())
                .map(host -> new MailServer(host.strip(), config.getOptionalValue("lintas.smtp.port", Integer.class).orElse(25),
                        config.getOptionalValue("lintas.smtp.user", String.class).orElse(null),
                        config.getOptionalValue("lintas.smtp.password", String.class).orElse(null),
                        config.getOptionalValue("lintas.mail.from", String.class).orElse("Dinas Dukcapil <noreply@localhost>"),
                        config.getOptionalValue("lintas.smtp.security", String.class).orElse("none"), Duration.ofSeconds(10)));
    }

    /** The camel-mail endpoint; the credentials are set on the component, not in the URI (which Camel may log). */
    String uri() {
        return (security.equals("ssl") ? "smtps" : "smtp") + "://" + host + ":" + port + "?connectionTimeout=" + timeout.toMillis();
    }

    /** Jakarta Mail properties beyond what camel-mail sets: STARTTLS when asked for, and a write timeout. */
    Properties javaMailProperties() {
        Properties p = new Properties();
        String protocol = security.equals("ssl") ? "smtps" : "smtp";
        p.setProperty("mail." + protocol + ".writetimeout", Long.toString(timeout.toMillis()));
        if (security.equals("starttls")) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        return p;
    }

    @Override
    public String toString() {
        return "smtp " + host + ":" + port + " (" + security + (user == null ? "" : ", as " + user) + "), from " + from;
    }
}

package id.lintas.infrastructure.integration.mail;

import id.lintas.domain.model.mail.IncomingMail;
import jakarta.mail.Message;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mail.MailComponent;
import org.apache.camel.component.mail.MailMessage;

/**
 * The route that reads the office's mailbox ({@value #ROUTE}): each unread email is read into an
 * {@link IncomingMail} and handed to the store (the application's inbox), in its own transaction.
 * Camel marks it read only when that returned; when it failed (the database down) the email stays
 * unread and is read again at the next poll. Automatic mail is marked read and dropped.
 */
public class MailIntakeRoutes extends RouteBuilder {
    public static final String ROUTE = "mail-intake";
    private static final Logger LOG = Logger.getLogger(MailIntakeRoutes.class.getName());

    private final Mailbox mailbox;
    private final Consumer<IncomingMail> store;

    public MailIntakeRoutes(Mailbox mailbox, Consumer<IncomingMail> store) {
        this.mailbox = mailbox;
        this.store = store;
    }

    @Override
    public void configure() {
        MailComponent mail = getContext().getComponent(mailbox.scheme(), MailComponent.class);
        var config = mail.getConfiguration();
        config.setUsername(mailbox.user());
        config.setPassword(mailbox.password());
        if (mailbox.security().equals("starttls")) {
            Properties p = new Properties();
            p.setProperty("mail.imap.starttls.enable", "true");
            p.setProperty("mail.imap.starttls.required", "true");
            config.setAdditionalJavaMailProperties(p);
        }

        errorHandler(defaultErrorHandler().maximumRedeliveries(0).logExhausted(true));
        from(mailbox.uri()).routeId(ROUTE)
                .process(e -> {
                    Message message = e.getIn(MailMessage.class).getOriginalMessage();
                    Optional<IncomingMail> read = MailReader.read(message);
                    if (read.isPresent()) {
                        store.accept(read.get());
                    } else {
                        LOG.info(() -> "automatic mail in the office's mailbox, not an application: " + e.getIn().getHeader("Subject"));
                    }
                });
    }
}

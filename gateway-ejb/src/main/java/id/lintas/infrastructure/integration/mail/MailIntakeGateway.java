package id.lintas.infrastructure.integration.mail;

import id.lintas.application.mail.MailInbox;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.eclipse.microprofile.config.Config;

/**
 * Reads the office's mailbox for residents' applications by email, when one is configured
 * ({@link Mailbox#configured}, {@code lintas.mail.intake.*}; off by default): a Camel context of
 * its own polling IMAP with the {@link MailIntakeRoutes}, storing each email through the
 * {@link MailInbox}. Every instance of a deployment group may poll the same mailbox: an email read
 * twice is stored once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailIntakeGateway {
    private static final Logger LOG = Logger.getLogger(MailIntakeGateway.class.getName());

    @Inject
    Config config;

    @EJB
    MailInbox inbox;

    private CamelContext camel;

    @PostConstruct
    void start() {
        Optional<Mailbox> mailbox = Mailbox.configured(config);
        if (mailbox.isEmpty()) {
            LOG.info("email applications: no mailbox is read (lintas.mail.intake.enabled is not true or no host)");
            return;
        }
        camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("lintas-mail-intake");
        try {
            camel.addRoutes(new MailIntakeRoutes(mailbox.get(), inbox::receive));
            camel.start();
        } catch (Exception e) {
            throw new IllegalStateException("the mail intake did not start", e);
        }
        LOG.info(() -> "email applications (Camel " + camel.getVersion() + "): reading " + mailbox.get());
    }

    @PreDestroy
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }
}

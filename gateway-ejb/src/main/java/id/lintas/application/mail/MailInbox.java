package id.lintas.application.mail;

import id.lintas.domain.model.mail.IncomingMail;
import id.lintas.domain.model.mail.MailAddresses;
import id.lintas.domain.model.mail.MailApplication;
import id.lintas.domain.model.mail.MailApplicationRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Where the emails read from the office's mailbox are kept, each in its own transaction, before
 * anything is decided: the mailbox reader marks an email read only after this commits, so an email
 * is never lost, and one read twice (another instance, a restart) is stored once, by its
 * Message-ID. The {@link MailApplications} relay decides them.
 */
@Stateless
@PermitAll
public class MailInbox {
    private static final Logger LOG = Logger.getLogger(MailInbox.class.getName());

    @Inject
    MailApplicationRepository applications;

    @Inject
    MailChannel channel;

    Clock clock = Clock.systemUTC();

    /** Keeps an email; returns whether it was new (false also for one without a sender's address, which nobody can answer). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean receive(IncomingMail mail) {
        if (MailAddresses.plain(mail.from()) == null) {
            LOG.warning(() -> "an email without a sender's address (" + mail.messageId() + "); not kept");
            return false;
        }
        boolean stored = applications.storeOnce(new MailApplication(channel.officeId(), mail, clock.instant()));
        LOG.fine(() -> "email " + mail.messageId() + " from " + mail.from() + (stored ? " kept" : " already kept"));
        return stored;
    }
}

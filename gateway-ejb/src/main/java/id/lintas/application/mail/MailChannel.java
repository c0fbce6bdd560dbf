package id.lintas.application.mail;

import id.lintas.domain.model.mail.MailApplicationRules;
import id.lintas.domain.model.mail.MailReplies;
import id.lintas.domain.model.office.Office;
import id.lintas.domain.model.office.OfficeCode;
import id.lintas.domain.model.office.OfficeRepository;
import id.lintas.infrastructure.whatsapp.ServiceCatalogReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The office's mailbox as Lintas is configured for it: which office the emails read from it are
 * for ({@code lintas.mail.intake.office}, default 3316, the demo office) and the services they
 * may apply for (the WhatsApp catalogue, {@code whatsapp/services.json}: one list of services and
 * requirements for both channels).
 */
@ApplicationScoped
public class MailChannel {
    @Inject
    @ConfigProperty(name = "lintas.mail.intake.office", defaultValue = "3316")
    String officeCode;

    @Inject
    OfficeRepository offices;

    private volatile Long officeId;
    private volatile MailApplicationRules rules;

    /** The office the mailbox belongs to. */
    public long officeId() {
        if (officeId == null) {
            officeId = offices.findByCode(new OfficeCode(officeCode)).map(Office::id)
                    .orElseThrow(() -> new IllegalStateException("lintas.mail.intake.office " + officeCode + " is no office"));
        }
        return officeId;
    }

    public MailApplicationRules rules() {
        if (rules == null) {
            rules = new MailApplicationRules(ServiceCatalogReader.shipped());
        }
        return rules;
    }

    /** The emails of {@code officeId}, signed with its name, dates in its time zone. */
    public MailReplies replies(long officeId) {
        Office office = offices.find(officeId).orElseThrow();
        return new MailReplies(office.name(), office.timeZone());
    }
}

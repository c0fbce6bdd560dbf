package id.lintas.application.whatsapp;

import id.lintas.domain.model.office.OfficeCode;
import id.lintas.domain.model.office.OfficeRepository;
import id.lintas.domain.model.whatsapp.ConversationRules;
import id.lintas.infrastructure.integration.whatsapp.CloudApi;
import id.lintas.infrastructure.whatsapp.ServiceCatalogReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The office's WhatsApp number as Lintas is configured for it: which office a webhook is for,
 * and the conversation's rules.
 *
 * <p>One number, one office for now: Meta names the number a webhook is for by its
 * {@code phone_number_id}; the one in {@code lintas.whatsapp.phone-number-id} belongs to the
 * office with the code {@code lintas.whatsapp.office} (default 3316, the demo office, Kabupaten
 * Blora). Webhooks for any other number are acknowledged and ignored. Several offices on one
 * deployment would keep this mapping in the office table instead.
 *
 * <p>{@code lintas.whatsapp.remind-after-minutes} (120), {@code expire-after-minutes} (1380: within
 * WhatsApp's 24-hour customer service window, see {@link ConversationRules#EXPIRE_AFTER})
 * and {@code max-media-bytes} (10 MB) shape the conversation.
 */
@ApplicationScoped
public class WhatsAppChannel {
    @Inject
    @ConfigProperty(name = "lintas.whatsapp.phone-number-id", defaultValue = CloudApi.DEFAULT_PHONE_NUMBER_ID)
    String phoneNumberId;

    @Inject
    @ConfigProperty(name = "lintas.whatsapp.office", defaultValue = "3316")
    String officeCode;

    @Inject
    @ConfigProperty(name = "lintas.whatsapp.remind-after-minutes", defaultValue = "120")
    long remindAfterMinutes;

    @Inject
    @ConfigProperty(name = "lintas.whatsapp.expire-after-minutes", defaultValue = "1380")
    long expireAfterMinutes;

    @Inject
    @ConfigProperty(name = "lintas.whatsapp.max-media-bytes", defaultValue = "10485760")
    long maxMediaBytes;

    @Inject
    OfficeRepository offices;

    private volatile ConversationRules rules;
    private volatile Long officeId;

    /** The office the number {@code phoneNumberId} belongs to; empty for a number that is not the office's. */
    public Optional<Long> officeFor(String phoneNumberId) {
        if (!this.phoneNumberId.equals(phoneNumberId)) {
            return Optional.empty();
        }
        if (officeId == null) {
            officeId = offices.findByCode(new OfficeCode(officeCode)).map(o -> o.id())
                    .orElseThrow(() -> new IllegalStateException("lintas.whatsapp.office " + officeCode + " is no office"));
        }
        return Optional.of(officeId);
    }

    public ConversationRules rules() {
        if (rules == null) {
            java.time.ZoneId zone = offices.findByCode(new OfficeCode(officeCode)).map(o -> o.timeZone())
                    .orElse(ConversationRules.WIB);
            rules = new ConversationRules(ServiceCatalogReader.shipped(), Duration.ofMinutes(remindAfterMinutes),
                    Duration.ofMinutes(expireAfterMinutes), maxMediaBytes, zone);
        }
        return rules;
    }
}

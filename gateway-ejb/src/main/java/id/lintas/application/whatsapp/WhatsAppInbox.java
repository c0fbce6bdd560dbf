package id.lintas.application.whatsapp;

import id.lintas.domain.model.whatsapp.DeliveryReport;
import id.lintas.domain.model.whatsapp.InboundMessage;
import id.lintas.domain.model.whatsapp.WhatsAppMessages;
import id.lintas.infrastructure.integration.whatsapp.CloudApiJson;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Takes in what the WhatsApp webhook delivers: residents' messages and Meta's delivery reports,
 * stored as they came, once each, and nothing decided yet, so the webhook answers Meta at once
 * (Meta waits a few seconds, then delivers again). The conversation relay does the rest. Nobody
 * signs in: the caller (the webhook) has checked Meta's signature.
 */
@Stateless
@PermitAll
public class WhatsAppInbox {
    private static final Logger LOG = Logger.getLogger(WhatsAppInbox.class.getName());

    /** What a webhook brought: messages and reports new to Lintas, ones it had, and changes for numbers not the office's. */
    public record Receipt(int messages, int repeatedMessages, int reports, int repeatedReports, int otherNumbers) {
    }

    @Inject
    WhatsAppMessages messages;

    @Inject
    WhatsAppChannel channel;

    @Inject
    jakarta.enterprise.event.Event<MessagesReceived> received;

    Clock clock = Clock.systemUTC();

    public WhatsAppInbox() {
    }

    /** An inbox outside the container (the webhook's tests). */
    public WhatsAppInbox(WhatsAppMessages messages, WhatsAppChannel channel, Clock clock) {
        this.messages = messages;
        this.channel = channel;
        this.clock = clock;
    }

    public Receipt receive(List<CloudApiJson.Change> changes) {
        Instant now = clock.instant();
        int stored = 0;
        int repeated = 0;
        int reports = 0;
        int repeatedReports = 0;
        int other = 0;
        Set<String> seen = new HashSet<>();
        for (CloudApiJson.Change change : changes) {
            Long officeId = channel.officeFor(change.phoneNumberId()).orElse(null);
            if (officeId == null) {
                other++;
                LOG.warning(() -> "a WhatsApp webhook for number " + change.phoneNumberId() + ", which is not the office's; ignored");
                continue;
            }
            for (InboundMessage.Received m : change.messages()) {
                if (seen.add("m:" + m.wamid()) && messages.storeOnce(new InboundMessage(officeId, m, now))) {
                    stored++;
                } else {
                    repeated++;
                }
            }
            for (CloudApiJson.Status s : change.statuses()) {
                if (seen.add("s:" + s.wamid() + s.status())
                        && messages.storeOnce(new DeliveryReport(officeId, s.wamid(), s.status(), s.at(), s.error(), now))) {
                    reports++;
                } else {
                    repeatedReports++;
                }
            }
        }
        if (stored > 0 && received != null) {
            received.fire(new MessagesReceived(stored));
        }
        return new Receipt(stored, repeated, reports, repeatedReports, other);
    }
}

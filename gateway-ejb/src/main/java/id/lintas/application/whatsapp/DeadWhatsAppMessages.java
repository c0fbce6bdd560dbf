package id.lintas.application.whatsapp;

import id.lintas.application.DeadLetterStore;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.whatsapp.OutboundMessage;
import id.lintas.domain.model.whatsapp.OutboundStatus;
import id.lintas.infrastructure.integration.whatsapp.CloudApiJson;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The admin's WhatsApp messages given up: refused by the Cloud API (a number not on WhatsApp, a
 * closed service window, a document revoked meanwhile) or failing too often. Replay ("Kirim
 * ulang"): waiting again with its attempts counted afresh, so the outbound relay sends it (a
 * document uploaded again); discard ("Abaikan"): DISCARDED, never sent. Both audited. The
 * resident's number is shown by its last four digits only.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DeadWhatsAppMessages extends DeadLetterStore<OutboundMessage> {
    /** How much of a message's text the list shows. */
    static final int SUMMARY = 80;
    private static final Entries<OutboundMessage> MESSAGES = new Entries<>(OutboundMessage.class, "OutboundMessage",
            "whatsapp.outbound.notFound");

    /** A dead message: to which phone (last four digits), of what kind, what it says, why, since when. */
    public record DeadMessage(long id, String caseNumber, String phone, String kind, String summary, int attempts, String error,
            Instant failedAt) implements Serializable {
    }

    /** The office's dead messages, newest first. */
    public List<DeadMessage> list() {
        return dead(OutboundStatus.DEAD).stream().map(m -> new DeadMessage(m.id(), m.caseNumber(), m.to().lastFourOnly(),
                m.kind().name(), CloudApiJson.summary(m.payload(), SUMMARY), m.attempts(), m.lastError().orElse(null),
                m.updatedAt())).toList();
    }

    @Override
    protected Entries<OutboundMessage> entries() {
        return MESSAGES;
    }

    @Override
    protected String describe(OutboundMessage m) {
        return "whatsapp message " + m.id() + " " + m.kind() + " to " + m.to().lastFourOnly();
    }
}

package id.lintas.application.whatsapp;

import id.lintas.domain.model.whatsapp.Conversation;
import id.lintas.domain.model.whatsapp.OutboundKind;
import id.lintas.domain.model.whatsapp.OutboundMessage;
import id.lintas.domain.model.whatsapp.Reply;
import id.lintas.domain.model.whatsapp.WhatsAppMessages;
import id.lintas.infrastructure.integration.whatsapp.CloudApiJson;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Puts a conversation's replies in the WhatsApp outbox, in the caller's transaction. WhatsApp lets
 * a business write freely only within 24 hours of the resident's last message (the customer
 * service window); news of a case later than that (the kadis signed the next day) goes as an
 * approved template instead: {@value #UPDATE_TEMPLATE} with the text as its one body parameter,
 * and {@value #DOCUMENT_TEMPLATE} with the document as its header. The office registers both
 * templates with Meta, in Indonesian and English.
 */
final class ConversationOutbox {
    static final String UPDATE_TEMPLATE = "lintas_perkembangan_permohonan";
    static final String DOCUMENT_TEMPLATE = "lintas_dokumen_permohonan";
    /** A little less than Meta's 24 hours: a message queued now must still be inside when it goes. */
    static final Duration WINDOW = Duration.ofHours(23);

    private ConversationOutbox() {
    }

    /** Whether free-form messages may still be sent to the conversation's phone. */
    static boolean windowOpen(Conversation conversation, Instant now) {
        return now.isBefore(conversation.lastActivityAt().plus(WINDOW));
    }

    /** Stores the replies to the conversation's phone, as templates once its window is closed. */
    static void send(WhatsAppMessages messages, Conversation conversation, List<Reply> replies, Instant now) {
        boolean open = windowOpen(conversation, now);
        for (Reply reply : replies) {
            String payload = open ? CloudApiJson.message(conversation.phone(), reply)
                    : CloudApiJson.template(conversation.phone(), UPDATE_TEMPLATE, language(conversation), List.of(text(reply)));
            messages.store(new OutboundMessage(conversation.officeId(), conversation.id(), conversation.phone(),
                    open ? OutboundKind.of(reply) : OutboundKind.TEMPLATE, payload, now));
        }
    }

    /** Stores a case's signed document for the conversation's phone; the relay uploads it when it sends. */
    static void sendDocument(WhatsAppMessages messages, Conversation conversation, String documentId, String filename,
            String caption, Instant now) {
        boolean open = windowOpen(conversation, now);
        messages.store(OutboundMessage.document(conversation.officeId(), conversation.id(), conversation.phone(),
                open ? OutboundKind.DOCUMENT : OutboundKind.TEMPLATE, documentId,
                CloudApiJson.document(conversation.phone(), filename, caption, open, DOCUMENT_TEMPLATE, language(conversation)),
                now));
    }

    private static String language(Conversation conversation) {
        return conversation.language().locale().getLanguage();
    }

    private static String text(Reply reply) {
        if (reply instanceof Reply.Text t) {
            return t.body();
        }
        if (reply instanceof Reply.Buttons b) {
            return b.body();
        }
        if (reply instanceof Reply.ListMenu l) {
            return l.body();
        }
        return ((Reply.Document) reply).caption();
    }
}

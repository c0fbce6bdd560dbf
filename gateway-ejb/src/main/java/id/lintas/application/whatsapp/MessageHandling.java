package id.lintas.application.whatsapp;

import id.lintas.domain.model.servicecase.FileKind;
import id.lintas.domain.model.whatsapp.Conversation;
import id.lintas.domain.model.whatsapp.ConversationRepository;
import id.lintas.domain.model.whatsapp.ConversationRules;
import id.lintas.domain.model.whatsapp.InboundMessage;
import id.lintas.domain.model.whatsapp.LoggedComplaint;
import id.lintas.domain.model.whatsapp.MediaFile;
import id.lintas.domain.model.whatsapp.MediaStatus;
import id.lintas.domain.model.whatsapp.OutboundKind;
import id.lintas.domain.model.whatsapp.OutboundMessage;
import id.lintas.domain.model.whatsapp.Reply;
import id.lintas.domain.model.whatsapp.WhatsAppMessages;
import id.lintas.domain.shared.BusinessException;
import id.lintas.infrastructure.integration.whatsapp.CloudApiJson;
import id.lintas.infrastructure.integration.whatsapp.WhatsAppGateway;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * What the conversation relay does with one resident's message, in the relay's transaction:
 * fetch and check its file (downloaded through the gateway; too large, or not a PDF, JPEG or PNG
 * by its first bytes as every attachment, is refused; a file that cannot be had for now makes the
 * message wait), find or start the phone's open conversation, run it, and put what it answers in
 * the outbox and what it routes (a complaint) in its table. Also the replies of a silent draft.
 */
final class MessageHandling {
    /** Downloads a resident's file (the gateway, or a test's stand-in). */
    interface MediaSource {
        WhatsAppGateway.Fetched fetch(String mediaId, long maxBytes);
    }

    private final ConversationRepository conversations;
    private final WhatsAppMessages messages;
    private final MediaSource media;
    private final ConversationRules rules;

    MessageHandling(ConversationRepository conversations, WhatsAppMessages messages, MediaSource media, ConversationRules rules) {
        this.conversations = conversations;
        this.messages = messages;
        this.media = media;
        this.rules = rules;
    }

    /** Handles the message; returns false when it has to wait (its file cannot be fetched for now). */
    boolean handle(InboundMessage message, Instant now) {
        if (message.needsMedia() && !fetch(message, now)) {
            return false;
        }
        Conversation conversation = conversations.lockOpen(message.officeId(), message.from())
                .filter(c -> c.state().isOpen()).orElse(null);
        if (conversation == null) {
            conversation = new Conversation(message.officeId(), message.from(), now);
            conversations.store(conversation);
        }
        Conversation.Outcome outcome = conversation.onMessage(message, rules, now);
        send(conversation, outcome.replies(), now);
        Conversation c = conversation;
        outcome.complaint().ifPresent(complaint -> messages.store(new LoggedComplaint(c.officeId(), c.id(), complaint, now)));
        message.processed(conversation.id(), now);
        return true;
    }

    /** Reminds a silent draft or lets it expire, sending what that says. */
    void remind(Conversation conversation, Instant now) {
        send(conversation, conversation.remindIfSilent(rules, now), now);
    }

    private void send(Conversation conversation, List<Reply> replies, Instant now) {
        for (Reply reply : replies) {
            messages.store(new OutboundMessage(conversation.officeId(), conversation.id(), conversation.phone(),
                    OutboundKind.of(reply), CloudApiJson.message(conversation.phone(), reply), now));
        }
    }

    /** Fetches, checks and stores the message's file; false when it cannot be had for now and the message waits. */
    private boolean fetch(InboundMessage message, Instant now) {
        WhatsAppGateway.Fetched fetched = media.fetch(message.mediaId().orElseThrow(), rules.maxMediaBytes());
        switch (fetched.result()) {
            case FAILED_FOR_NOW -> {
                return message.mediaFailedForNow(fetched.error(), now); // the last attempt goes on as unreadable
            }
            case REFUSED -> {
                message.mediaRefused(MediaStatus.UNREADABLE, fetched.size());
                return true;
            }
            default -> {
            }
        }
        if (fetched.tooLarge()) {
            message.mediaRefused(MediaStatus.TOO_LARGE, fetched.size());
            return true;
        }
        FileKind kind;
        try {
            kind = kindOf(fetched.bytes());
        } catch (BusinessException refused) {
            message.mediaRefused(refused.key().equals("attachment.empty") ? MediaStatus.UNREADABLE : MediaStatus.WRONG_TYPE,
                    fetched.bytes().length);
            return true;
        }
        MediaFile file = new MediaFile(message.officeId(), message.from(), message.mediaId().orElseThrow(), kind.contentType(),
                message.filename().orElse(null), sha256(fetched.bytes()), fetched.bytes(), now);
        messages.store(file);
        message.mediaStored(file.id(), fetched.bytes().length);
        return true;
    }

    /** The kind of the content by its first bytes; the size was checked against the conversation's own limit already. */
    private static FileKind kindOf(byte[] bytes) {
        if (bytes.length > FileKind.MAX_BYTES) {
            // the office allows larger files than case attachments: only the kind is asked here
            byte[] head = java.util.Arrays.copyOf(bytes, 16);
            return FileKind.of(head);
        }
        return FileKind.of(bytes);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

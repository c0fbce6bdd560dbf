package id.lintas.domain.model.whatsapp;

import id.lintas.domain.shared.Backoff;
import id.lintas.domain.shared.OutboxEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message to a resident's WhatsApp, waiting in the outbox: written in the transaction in which
 * the conversation decided it, sent by the outbound relay through the Cloud API's messages
 * endpoint as its JSON body (kept exactly as sent, so a replay sends the same). Accepted, it
 * carries Meta's {@code wamid}, by which the status webhooks move it on to delivered, read or
 * failed. A refusal by the Graph API (a 4xx other than 429, e.g. a number not on WhatsApp or a
 * session window that closed) makes it dead at once; other failures back off.
 */
@Entity
@Table(name = "wa_outbound")
public class OutboundMessage extends OutboxEntry<OutboundStatus> {
    public static final int MAX_ATTEMPTS = 10;
    /** 2 s, 4 s ... at most 5 minutes: a resident waits for an answer, but Meta's outages pass. */
    static final Backoff RETRIES = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));
    private static final Life<OutboundStatus> LIFE = new Life<>(OutboundStatus.WAITING, OutboundStatus.DEAD,
            OutboundStatus.DISCARDED, RETRIES, MAX_ATTEMPTS, "whatsapp.outbound.state");

    @Version
    private long version;

    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(name = "to_wa", nullable = false, length = 15)
    private String to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutboundKind kind;

    @Column(nullable = false, length = 20000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutboundStatus status;

    @Column(length = 128, unique = true)
    private String wamid;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** A signed document this message carries, uploaded to Graph just before it is sent (see {@link #UPLOAD}). */
    @Column(name = "document_id", length = 36)
    private String documentId;

    /** The media id Graph gave that document when it was uploaded for this message (null until then, and again after a replay). */
    @Column(name = "media_id", length = 100)
    private String mediaId;

    @Column(name = "status_at")
    private Instant statusAt;

    protected OutboundMessage() {
    }

    /** A message to {@code to} of a conversation ({@code conversationId} may be null: a notice outside any), due at once. */
    public OutboundMessage(long officeId, Long conversationId, WaId to, OutboundKind kind, String payload, Instant now) {
        super(officeId, null, null, now);
        this.conversationId = conversationId;
        this.to = to.digits();
        this.kind = Objects.requireNonNull(kind);
        this.payload = Objects.requireNonNull(payload);
        if (payload.length() > 20000) {
            throw new IllegalArgumentException("a payload of at most 20000 characters");
        }
        this.status = OutboundStatus.WAITING;
    }

    /**
     * Stands in a document message's payload for the media id Graph gives the document when it is
     * uploaded (a media id is only good for some days, so the upload waits for the sending).
     */
    public static final String UPLOAD = "{{lintas-upload}}";

    /**
     * A message carrying a case's signed document ({@code documentId}), whose payload names the
     * media as {@link #UPLOAD}: the relay uploads the PDF, then sends.
     */
    public static OutboundMessage document(long officeId, Long conversationId, WaId to, OutboundKind kind, String documentId,
            String payload, Instant now) {
        if (!payload.contains(UPLOAD)) {
            throw new IllegalArgumentException("a document message's payload names its media as " + UPLOAD);
        }
        OutboundMessage m = new OutboundMessage(officeId, conversationId, to, kind, payload, now);
        m.documentId = Objects.requireNonNull(documentId);
        return m;
    }

    /** The signed document to upload before sending, while it has not been. */
    public Optional<String> documentToUpload() {
        return documentId != null && payload.contains(UPLOAD) ? Optional.of(documentId) : Optional.empty();
    }

    /** Graph took the document as {@code mediaId}: the message names it from now on. */
    public void uploaded(String mediaId, Instant now) {
        require(OutboundStatus.WAITING);
        if (documentToUpload().isEmpty() || mediaId == null || !mediaId.matches("[0-9A-Za-z_-]{1,100}")) {
            throw new IllegalArgumentException("a media id for a document not uploaded yet, not " + mediaId);
        }
        payload = payload.replace(UPLOAD, mediaId);
        this.mediaId = mediaId;
        touched(now);
    }

    /**
     * An admin sends a dead message again ("Kirim ulang"): waiting, its attempts counted afresh. A
     * document message names its media as {@link #UPLOAD} again, so the relay uploads the document
     * once more (a media id is only good for some days, and the document may have been revoked since).
     */
    @Override
    public void replay(Instant now) {
        super.replay(now);
        if (mediaId != null) {
            payload = payload.replace(mediaIdJson(mediaId), mediaIdJson(UPLOAD));
            mediaId = null;
        }
    }

    private static String mediaIdJson(String id) {
        return "\"id\":\"" + id + "\"";
    }

    @Override
    protected Life<OutboundStatus> life() {
        return LIFE;
    }

    @Override
    protected void status(OutboundStatus next) {
        status = next;
    }

    /** The Cloud API accepted it and named it {@code wamid}. */
    public void accepted(String wamid, Instant now) {
        require(OutboundStatus.WAITING);
        if (wamid == null || wamid.isBlank()) {
            throw new IllegalArgumentException("an accepted message has a wamid");
        }
        attempts.succeeded();
        this.wamid = wamid;
        status = OutboundStatus.SENT;
        sentAt = now;
        statusAt = now;
        touched(now);
    }

    /**
     * Meta reports what became of it (a status webhook). Reports come out of order and again:
     * one that does not move it on (read, then delivered) changes nothing. Returns whether it moved.
     */
    public boolean reported(OutboundStatus reported, Instant at, String error, Instant now) {
        if (!status.movesOnTo(reported)) {
            return false;
        }
        status = reported;
        statusAt = at;
        if (reported == OutboundStatus.FAILED) {
            attempts.note(error);
        }
        touched(now);
        return true;
    }

    public Optional<Long> conversationId() {
        return Optional.ofNullable(conversationId);
    }

    public WaId to() {
        return new WaId(to);
    }

    public OutboundKind kind() {
        return kind;
    }

    /** The body POSTed to the messages endpoint, exactly. */
    public String payload() {
        return payload;
    }

    @Override
    public OutboundStatus status() {
        return status;
    }

    public Optional<String> wamid() {
        return Optional.ofNullable(wamid);
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<Instant> statusAt() {
        return Optional.ofNullable(statusAt);
    }
}

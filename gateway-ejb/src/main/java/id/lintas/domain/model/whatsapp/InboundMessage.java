package id.lintas.domain.model.whatsapp;

import id.lintas.domain.shared.Attempts;
import id.lintas.domain.shared.Backoff;
import id.lintas.domain.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message a resident sent to the office's WhatsApp number, as the webhook delivered it. It is
 * stored as it came, once per {@code wamid} (Meta delivers a webhook again until it hears a 200),
 * before anything is decided, so the webhook answers at once; the processing relay then fetches
 * its file, if any, and runs the resident's {@link Conversation} with it, in the order the
 * messages of one phone arrived. Fetching a file may fail for now: the message then waits,
 * backing off, and after {@value #MAX_ATTEMPTS} attempts is taken as unreadable (the resident is
 * asked to send it again) rather than hold the conversation up. A message whose handling fails
 * on Lintas's side backs off the same way and is given up after as many attempts.
 */
@Entity
@Table(name = "wa_inbound")
public class InboundMessage extends IdentifiedEntity {
    public static final int MAX_ATTEMPTS = 5;
    static final Backoff RETRIES = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(1));
    static final int MAX_TEXT = 4096;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(nullable = false, length = 128)
    private String wamid;

    @Column(name = "from_wa", nullable = false, length = 15)
    private String from;

    @Column(name = "profile_name", length = 100)
    private String profileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MessageType type;

    @Column(length = MAX_TEXT)
    private String text;

    @Column(name = "media_id", length = 100)
    private String mediaId;

    @Column(name = "mime_type", length = 100)
    private String mimeType;

    @Column(length = 100)
    private String sha256;

    @Column(length = 240)
    private String filename;

    @Column(length = 1024)
    private String caption;

    @Column(name = "reply_id", length = 256)
    private String replyId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "media_status", nullable = false, length = 12)
    private MediaStatus mediaStatus = MediaStatus.NONE;

    @Column(name = "media_size")
    private Long mediaSize;

    @Column(name = "media_file_id")
    private Long mediaFileId;

    @Embedded
    private Attempts attempts;

    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected InboundMessage() {
    }

    /** What the webhook said about one message ({@code messages[]}, with the sender's profile name from {@code contacts[]}). */
    public record Received(String wamid, WaId from, String profileName, MessageType type, String text, String mediaId,
            String mimeType, String sha256, String filename, String caption, String replyId, Instant sentAt) {
        public Received {
            Objects.requireNonNull(wamid, "wamid");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(sentAt, "timestamp");
            if (wamid.isBlank() || wamid.length() > 128) {
                throw new IllegalArgumentException("a wamid of 1-128 characters");
            }
        }

        public static Received text(String wamid, WaId from, String text, Instant sentAt) {
            return new Received(wamid, from, null, MessageType.TEXT, text, null, null, null, null, null, null, sentAt);
        }

        public static Received reply(String wamid, WaId from, String replyId, String title, Instant sentAt) {
            return new Received(wamid, from, null, MessageType.INTERACTIVE, title, null, null, null, null, null, replyId, sentAt);
        }

        public static Received media(String wamid, WaId from, MessageType type, String mediaId, String mimeType,
                String filename, Instant sentAt) {
            return new Received(wamid, from, null, type, null, mediaId, mimeType, null, filename, null, null, sentAt);
        }
    }

    public InboundMessage(long officeId, Received m, Instant now) {
        this.officeId = officeId;
        this.wamid = m.wamid();
        this.from = m.from().digits();
        this.profileName = clip(m.profileName(), 100);
        this.type = m.type();
        this.text = clip(m.text(), MAX_TEXT);
        this.mediaId = clip(m.mediaId(), 100);
        this.mimeType = clip(m.mimeType(), 100);
        this.sha256 = clip(m.sha256(), 100);
        this.filename = clip(m.filename(), 240);
        this.caption = clip(m.caption(), 1024);
        this.replyId = clip(m.replyId(), 256);
        this.sentAt = m.sentAt();
        this.receivedAt = now;
        this.attempts = Attempts.dueAt(now);
    }

    /** Whether the relay has to fetch its file before the conversation can use it. */
    public boolean needsMedia() {
        return type.carriesDocument() && mediaId != null && mediaStatus == MediaStatus.NONE;
    }

    /** The file was downloaded, checked and stored as {@code fileId}. */
    public void mediaStored(long fileId, long size) {
        mediaStatus = MediaStatus.STORED;
        mediaFileId = fileId;
        mediaSize = size;
    }

    /** The file was downloaded (or its size announced) and refused: too large, or not a PDF, JPEG or PNG. */
    public void mediaRefused(MediaStatus why, long size) {
        if (why == MediaStatus.STORED || why == MediaStatus.NONE) {
            throw new IllegalArgumentException("a refusal, not " + why);
        }
        mediaStatus = why;
        mediaSize = size < 0 ? null : size;
    }

    /**
     * Fetching the file failed for now: the message waits, backing off. Returns whether it was the
     * last attempt allowed; the file is then taken as unreadable and the message goes on.
     */
    public boolean mediaFailedForNow(String error, Instant now) {
        if (attempts.failed(error, now, RETRIES, MAX_ATTEMPTS)) {
            mediaStatus = MediaStatus.UNREADABLE;
            return true;
        }
        return false;
    }

    /**
     * Handling it failed on Lintas's side (its transaction was rolled back): it waits, backing off,
     * and after {@value #MAX_ATTEMPTS} attempts in all is given up: processed without a
     * conversation, the error kept, so the phone's later messages are not held up for ever.
     * Returns whether it was given up now.
     */
    public boolean handlingFailed(String error, Instant now) {
        if (processedAt != null) {
            throw new IllegalStateException("message " + wamid + " was processed at " + processedAt);
        }
        if (attempts.failed(error, now, RETRIES, MAX_ATTEMPTS)) {
            processedAt = now;
            return true;
        }
        return false;
    }

    /** Whether it was given up after failing (processed without a conversation). */
    public boolean givenUp() {
        return processedAt != null && conversationId == null;
    }

    /** The conversation has handled it. */
    public void processed(long conversationId, Instant now) {
        if (processedAt != null) {
            throw new IllegalStateException("message " + wamid + " was processed at " + processedAt);
        }
        this.conversationId = conversationId;
        this.processedAt = now;
        attempts.succeeded();
    }

    private static String clip(String s, int max) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        return s.length() <= max ? s : s.substring(0, max);
    }

    public long officeId() {
        return officeId;
    }

    public String wamid() {
        return wamid;
    }

    public WaId from() {
        return new WaId(from);
    }

    public Optional<String> profileName() {
        return Optional.ofNullable(profileName);
    }

    public MessageType type() {
        return type;
    }

    /** The text of a text message, or the title of the row or button tapped. */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    public Optional<String> mediaId() {
        return Optional.ofNullable(mediaId);
    }

    public Optional<String> mimeType() {
        return Optional.ofNullable(mimeType);
    }

    public Optional<String> sha256() {
        return Optional.ofNullable(sha256);
    }

    public Optional<String> filename() {
        return Optional.ofNullable(filename);
    }

    public Optional<String> caption() {
        return Optional.ofNullable(caption);
    }

    /** The id of the list row or button tapped (Lintas chose it when it offered them). */
    public Optional<String> replyId() {
        return Optional.ofNullable(replyId);
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public MediaStatus mediaStatus() {
        return mediaStatus;
    }

    public Optional<Long> mediaSize() {
        return Optional.ofNullable(mediaSize);
    }

    public Optional<Long> mediaFileId() {
        return Optional.ofNullable(mediaFileId);
    }

    public Instant nextAttemptAt() {
        return attempts.nextAt();
    }

    public Optional<String> lastError() {
        return attempts.lastError();
    }

    public Optional<Long> conversationId() {
        return Optional.ofNullable(conversationId);
    }

    public Optional<Instant> processedAt() {
        return Optional.ofNullable(processedAt);
    }
}

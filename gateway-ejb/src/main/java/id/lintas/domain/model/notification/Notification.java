package id.lintas.domain.model.notification;

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
import java.util.UUID;

/**
 * A message to the outside about a case, waiting in the outbox: a status callback to the partner
 * that reported the case, or an email to the family. It is written in the transaction that moved
 * the case, so it goes out exactly when the move commits; its event id stays the same on every
 * attempt, so a receiver recognises a message it already has. Failures back off up to
 * {@link #RETRIES}' longest wait; after {@value #MAX_ATTEMPTS} failed attempts, or when the
 * receiver refuses it, it waits for an admin (replay, discard).
 */
@Entity
@Table(name = "notification")
public class Notification extends OutboxEntry<NotificationStatus> {
    public static final int MAX_ATTEMPTS = 20;
    /**
     * 2 s, 4 s, 8 s ... at most 10 minutes between attempts: twenty attempts take about two hours,
     * long enough for a partner's maintenance window.
     */
    static final Backoff RETRIES = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10));
    private static final Life<NotificationStatus> LIFE = new Life<>(NotificationStatus.WAITING, NotificationStatus.DEAD,
            NotificationStatus.DISCARDED, RETRIES, MAX_ATTEMPTS, "notification.state");

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Column(nullable = false, length = 40)
    private String event;

    @Column(name = "event_id", nullable = false, unique = true, length = 36)
    private String eventId;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(length = 254)
    private String recipient;

    @Column(length = 300)
    private String subject;

    @Column(nullable = false, length = 20000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private NotificationStatus status;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** Signed documents attached to an email (issued_document ids, comma-separated), or null. */
    @Column(name = "document_ids", length = 400)
    private String documentIds;

    protected Notification() {
    }

    private Notification(About about, Channel channel, String payload, Instant now) {
        super(about.officeId(), about.caseId(), about.caseNumber(), now);
        this.event = about.event();
        this.eventId = about.eventId();
        this.channel = channel;
        this.payload = Objects.requireNonNull(payload);
        this.status = NotificationStatus.WAITING;
    }

    @Override
    protected Life<NotificationStatus> life() {
        return LIFE;
    }

    @Override
    protected void status(NotificationStatus next) {
        status = next;
    }

    /** What a notification is about: the office, the case, the event's name and id. */
    public record About(long officeId, Long caseId, String caseNumber, String event, String eventId) {
        public About {
            Objects.requireNonNull(event);
            Objects.requireNonNull(eventId);
        }

        /** About a case, with a new event id. */
        public static About caseEvent(long officeId, long caseId, String caseNumber, String event) {
            return new About(officeId, caseId, caseNumber, event, UUID.randomUUID().toString());
        }
    }

    /** A callback to a partner: the JSON body, signed with the partner's secret when it is sent. */
    public static Notification callback(About about, long institutionId, String body, Instant now) {
        Notification n = new Notification(about, Channel.CALLBACK, body, now);
        n.institutionId = institutionId;
        return n;
    }

    /** An email to a family. */
    public static Notification email(About about, String to, String subject, String text, Instant now) {
        if (to == null || to.isBlank() || to.length() > 254) {
            throw new IllegalArgumentException("an address of 1-254 characters");
        }
        Notification n = new Notification(about, Channel.EMAIL, text, now);
        n.recipient = to.strip();
        n.subject = Objects.requireNonNull(subject);
        return n;
    }

    /** An email to a family or an applicant with signed documents attached as PDFs when it is sent. */
    public static Notification email(About about, String to, String subject, String text, java.util.List<String> documents,
            Instant now) {
        Notification n = email(about, to, subject, text, now);
        if (!documents.isEmpty()) {
            String ids = String.join(",", documents);
            if (ids.length() > 400) {
                throw new IllegalArgumentException("at most ten documents in one email");
            }
            n.documentIds = ids;
        }
        return n;
    }

    /** The ids of the signed documents to attach (an email's), in order; empty for most. */
    public java.util.List<String> documentIds() {
        return documentIds == null ? java.util.List.of() : java.util.List.of(documentIds.split(","));
    }

    /** The receiver took it. */
    public void sent(Instant now) {
        require(NotificationStatus.WAITING);
        attempts.succeeded();
        status = NotificationStatus.SENT;
        sentAt = now;
        touched(now);
    }

    public Channel channel() {
        return channel;
    }

    public String event() {
        return event;
    }

    public String eventId() {
        return eventId;
    }

    /** The partner a callback goes to; empty for an email. */
    public Optional<Long> institutionId() {
        return Optional.ofNullable(institutionId);
    }

    /** The address an email goes to; empty for a callback. */
    public Optional<String> recipient() {
        return Optional.ofNullable(recipient);
    }

    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** The callback's JSON body, exactly as it is signed and sent, or the email's text. */
    public String payload() {
        return payload;
    }

    @Override
    public NotificationStatus status() {
        return status;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }
}

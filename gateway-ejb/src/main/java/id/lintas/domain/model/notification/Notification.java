package id.lintas.domain.model.notification;

import id.lintas.domain.shared.Backoff;
import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.IdentifiedEntity;
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
public class Notification extends IdentifiedEntity {
    public static final int MAX_ATTEMPTS = 12;
    /** 2 s, 4 s, 8 s ... at most 10 minutes between attempts: about an hour and a quarter in all. */
    static final Backoff RETRIES = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10));

    @Version
    private long version;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "case_number", length = 40)
    private String caseNumber;

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

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Notification() {
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
        Notification n = waiting(about, Channel.CALLBACK, body, now);
        n.institutionId = institutionId;
        return n;
    }

    /** An email to a family. */
    public static Notification email(About about, String to, String subject, String text, Instant now) {
        if (to == null || to.isBlank() || to.length() > 254) {
            throw new IllegalArgumentException("an address of 1-254 characters");
        }
        Notification n = waiting(about, Channel.EMAIL, text, now);
        n.recipient = to.strip();
        n.subject = Objects.requireNonNull(subject);
        return n;
    }

    private static Notification waiting(About about, Channel channel, String payload, Instant now) {
        Notification n = new Notification();
        n.officeId = about.officeId();
        n.caseId = about.caseId();
        n.caseNumber = about.caseNumber();
        n.event = about.event();
        n.eventId = about.eventId();
        n.channel = channel;
        n.payload = Objects.requireNonNull(payload);
        n.status = NotificationStatus.WAITING;
        n.nextAttemptAt = now;
        n.createdAt = now;
        n.updatedAt = now;
        return n;
    }

    /** The receiver took it. */
    public void sent(Instant now) {
        requireStatus(NotificationStatus.WAITING);
        attempts++;
        status = NotificationStatus.SENT;
        sentAt = now;
        lastError = null;
        updatedAt = now;
    }

    /** The receiver could not be reached, failed, or asked to wait: try again later; after too many attempts, dead. */
    public void failedForNow(String error, Instant now) {
        requireStatus(NotificationStatus.WAITING);
        attempts++;
        lastError = clip(error);
        updatedAt = now;
        if (attempts >= MAX_ATTEMPTS) {
            status = NotificationStatus.DEAD;
            return;
        }
        nextAttemptAt = RETRIES.next(now, attempts);
    }

    /** The receiver refused it (a 4xx other than 408 and 429, an address the mail server rejects): sending it again cannot help. */
    public void refused(String error, Instant now) {
        requireStatus(NotificationStatus.WAITING);
        attempts++;
        lastError = clip(error);
        status = NotificationStatus.DEAD;
        updatedAt = now;
    }

    /** An admin sends a dead notification again, with the same event id and body. */
    public void replay(Instant now) {
        requireStatus(NotificationStatus.DEAD);
        status = NotificationStatus.WAITING;
        attempts = 0;
        nextAttemptAt = now;
        updatedAt = now;
    }

    /** An admin gives a dead notification up. */
    public void discard(Instant now) {
        requireStatus(NotificationStatus.DEAD);
        status = NotificationStatus.DISCARDED;
        updatedAt = now;
    }

    private void requireStatus(NotificationStatus expected) {
        if (status != expected) {
            throw new BusinessException("notification.state", status.name(), expected.name());
        }
    }

    private static String clip(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }

    public long officeId() {
        return officeId;
    }

    public Optional<Long> caseId() {
        return Optional.ofNullable(caseId);
    }

    public String caseNumber() {
        return caseNumber;
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

    public NotificationStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

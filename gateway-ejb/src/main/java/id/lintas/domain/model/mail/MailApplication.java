package id.lintas.domain.model.mail;

import id.lintas.domain.model.servicecase.ApplicationReferences;
import id.lintas.domain.shared.Attempts;
import id.lintas.domain.shared.Backoff;
import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.DeadLetter;
import id.lintas.domain.shared.IdentifiedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An application a resident sent by email to the office's mailbox, stored once per Message-ID
 * with its attachments as it came, before anything is decided, so that a crash between reading
 * the mailbox and deciding loses nothing. It gets its reference ({@code EM-} and eight letters
 * and digits) at once; the relay then accepts it (its case opened) or refuses it with the reason
 * the resident is told. Deciding may fail for now (the database, the SOP engine): it is tried
 * again with back-off, its error kept; after {@value #MAX_ATTEMPTS} tries it has FAILED and waits
 * for the office's admin, who has it decided again (the resident heard nothing yet, so giving it
 * up is not offered).
 */
@Entity
@Table(name = "mail_application")
public class MailApplication extends IdentifiedEntity implements DeadLetter {
    /** About an hour of tries (5 s doubling up to 10 minutes) before an admin is asked to look. */
    public static final int MAX_ATTEMPTS = 12;
    /** 5 s, 10 s, 20 s ... at most 10 minutes between attempts to decide. */
    static final Backoff RETRIES = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10));
    static final int MAX_TEXT = 20000;

    @Version
    private long version;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(name = "message_id", nullable = false, length = 998)
    private String messageId;

    @Column(name = "from_address", nullable = false, length = 254)
    private String fromAddress;

    @Column(length = 998)
    private String subject;

    @Column(length = MAX_TEXT)
    private String text;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailApplicationStatus status;

    @Column(name = "service_code", length = 40)
    private String serviceCode;

    @Column(length = 2000)
    private String refusal;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "case_number", length = 40)
    private String caseNumber;

    @Embedded
    private Attempts attempts;

    @Column(name = "processed_at")
    private Instant processedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "mail_attachment", joinColumns = @JoinColumn(name = "mail_application_id"))
    @OrderColumn(name = "position")
    private List<MailAttachment> attachments = new ArrayList<>();

    protected MailApplication() {
    }

    /** An email just read from the mailbox, with a new reference, to be decided at once. */
    public MailApplication(long officeId, IncomingMail mail, Instant now) {
        this.officeId = officeId;
        this.messageId = clip(mail.messageId().strip(), 998);
        this.fromAddress = Objects.requireNonNull(MailAddresses.plain(mail.from()), "from");
        this.subject = clip(mail.subject(), 998);
        this.text = clip(mail.text(), MAX_TEXT);
        this.sentAt = mail.sentAt();
        this.receivedAt = now;
        this.reference = ApplicationReferences.next("EM-");
        this.status = MailApplicationStatus.RECEIVED;
        this.attempts = Attempts.dueAt(now);
        mail.attachments().forEach(f -> attachments.add(new MailAttachment(f)));
    }

    /** This instance decides it now; no other takes it before {@code until}. */
    public void claimed(Instant until) {
        requireReceived();
        attempts.nextAt(until, attempts.lastError().orElse(null));
    }

    /** Its case is opened. */
    public void accepted(String service, long caseId, String caseNumber, Instant now) {
        forCase(MailApplicationStatus.ACCEPTED, service, caseId, caseNumber, now);
    }

    /** It brought documents for the open case of the same resident's earlier application, which now has them. */
    public void supplemented(String service, long caseId, String caseNumber, Instant now) {
        forCase(MailApplicationStatus.SUPPLEMENT, service, caseId, caseNumber, now);
    }

    private void forCase(MailApplicationStatus decided, String service, long caseId, String caseNumber, Instant now) {
        requireReceived();
        this.serviceCode = service;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.status = decided;
        this.processedAt = now;
        attempts.succeeded();
    }

    /** It cannot be accepted, for {@code reason} (the resident is told). */
    public void refused(String service, String reason, Instant now) {
        requireReceived();
        this.serviceCode = service;
        this.refusal = clip(reason, 2000);
        this.status = MailApplicationStatus.REFUSED;
        this.processedAt = now;
        attempts.succeeded();
    }

    /**
     * Deciding failed for now (not the resident's doing): tried again after the back-off; after
     * {@value #MAX_ATTEMPTS} tries it has FAILED and waits for the admin.
     */
    public void notDecidedYet(String error, Instant now) {
        requireReceived();
        if (attempts.failed(error, now, RETRIES, MAX_ATTEMPTS)) {
            status = MailApplicationStatus.FAILED;
            processedAt = now;
        }
    }

    /** The admin has a FAILED application decided again ("Proses ulang"), at once, its tries counted afresh. */
    @Override
    public void replay(Instant now) {
        if (status != MailApplicationStatus.FAILED) {
            throw new BusinessException("mail.application.state", reference, status.name(), MailApplicationStatus.FAILED.name());
        }
        status = MailApplicationStatus.RECEIVED;
        processedAt = null;
        attempts.restart(now);
    }

    /**
     * Refused: an emailed application is never given up silently; a FAILED one is decided again
     * (the resident still waits for an answer), a REFUSED one's resident was told the reason.
     */
    @Override
    public void discard(Instant now) {
        throw new BusinessException("mail.application.discard", reference);
    }

    /** The audit's subject: the application's reference ({@code EM-...}). */
    @Override
    public String auditSubject() {
        return reference;
    }

    private void requireReceived() {
        if (status != MailApplicationStatus.RECEIVED) {
            throw new IllegalStateException("email application " + reference + " is already " + status);
        }
    }

    /** The email as it came, for deciding. */
    public IncomingMail mail() {
        return new IncomingMail(messageId, fromAddress, subject, text, sentAt, attachments.stream().map(MailAttachment::file).toList());
    }

    public long officeId() {
        return officeId;
    }

    public String messageId() {
        return messageId;
    }

    public String fromAddress() {
        return fromAddress;
    }

    public String reference() {
        return reference;
    }

    public MailApplicationStatus status() {
        return status;
    }

    /** The service it applied for (also known for most refusals). */
    public String serviceCode() {
        return serviceCode;
    }

    public Optional<Long> caseId() {
        return Optional.ofNullable(caseId);
    }

    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** Its case's number, once accepted (else null). */
    @Override
    public String caseNumber() {
        return caseNumber;
    }

    /** The email's subject line, as it came (may be null). */
    public String subject() {
        return subject;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** When it was decided, or given up as FAILED. */
    public Optional<Instant> processedAt() {
        return Optional.ofNullable(processedAt);
    }

    public Attempts attempts() {
        return attempts;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

}

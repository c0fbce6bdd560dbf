package id.lintas.domain.model.whatsapp;

import id.lintas.domain.shared.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A status webhook of Meta's about a message Lintas sent ({@code statuses[]}: sent, delivered,
 * read, failed), kept once per message and status. It is stored as it came and applied to the
 * {@link OutboundMessage} by the processing relay: Meta may report a message before the relay
 * that sent it has committed its wamid, and a report waits for it rather than being lost.
 */
@Entity
@Table(name = "wa_status")
public class DeliveryReport extends IdentifiedEntity {
    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(nullable = false, length = 128)
    private String wamid;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutboundStatus status;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(length = 2000)
    private String error;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "applied_at")
    private Instant appliedAt;

    protected DeliveryReport() {
    }

    public DeliveryReport(long officeId, String wamid, OutboundStatus status, Instant reportedAt, String error, Instant now) {
        this.officeId = officeId;
        this.wamid = Objects.requireNonNull(wamid);
        this.status = Objects.requireNonNull(status);
        this.reportedAt = Objects.requireNonNull(reportedAt);
        this.error = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
        this.receivedAt = now;
    }

    /** Applies it to the message it is about. */
    public void applyTo(OutboundMessage message, Instant now) {
        if (!wamid.equals(message.wamid().orElse(null))) {
            throw new IllegalArgumentException("report of " + wamid + " is not about " + message.wamid().orElse("(unsent)"));
        }
        message.reported(status, reportedAt, error, now);
        appliedAt = now;
    }

    /** No message of Lintas's has its wamid (one sent by another tool on the number, say): kept, applied to nothing. */
    public void orphaned(Instant now) {
        appliedAt = now;
    }

    public long officeId() {
        return officeId;
    }

    public String wamid() {
        return wamid;
    }

    public OutboundStatus status() {
        return status;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Optional<Instant> appliedAt() {
        return Optional.ofNullable(appliedAt);
    }
}

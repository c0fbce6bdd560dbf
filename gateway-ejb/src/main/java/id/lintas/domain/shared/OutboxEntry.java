package id.lintas.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Optional;

/**
 * An entry of an outbox: something to send to an outside system (a SIAK submission, a
 * notification), written in the transaction of the case step that causes it and delivered by a
 * relay. It belongs to an office and usually a case, counts its {@link Attempts}, and shares this
 * part of its life with every outbox: waiting, failing for now (backing off, dead after the
 * attempts allowed), refused (dead at once), then an admin's replay (waiting again, as it was) or
 * discard. What success means is the entry's own.
 *
 * @param <S> the entry's status
 */
@MappedSuperclass
public abstract class OutboxEntry<S extends Enum<S>> extends IdentifiedEntity implements DeadLetter {
    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "case_number", length = 40)
    private String caseNumber;

    @Embedded
    protected Attempts attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * The statuses every outbox has, how failures back off, how many attempts are allowed, and the
     * message key of the refusal of an action in the wrong status ({0} the status, {1} the one needed).
     */
    public record Life<S>(S waiting, S dead, S discarded, Backoff retries, int maxAttempts, String stateKey) {
    }

    protected OutboxEntry() {
    }

    /** A new entry, due at once. */
    protected OutboxEntry(long officeId, Long caseId, String caseNumber, Instant now) {
        this.officeId = officeId;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.attempts = Attempts.dueAt(now);
        this.createdAt = now;
        this.updatedAt = now;
    }

    protected abstract Life<S> life();

    public abstract S status();

    protected abstract void status(S next);

    /** The receiver could not be reached, failed, or asked to wait: try again later, backing off; after too many attempts, dead. */
    public void failedForNow(String error, Instant now) {
        require(life().waiting());
        touched(now);
        if (attempts.failed(error, now, life().retries(), life().maxAttempts())) {
            status(life().dead());
        }
    }

    /** The receiver refused it: sending the same again cannot help. */
    public void refused(String error, Instant now) {
        require(life().waiting());
        attempts.refused(error);
        status(life().dead());
        touched(now);
    }

    /** An admin sends a dead entry again, as it was (its idempotency key or event id included). */
    @Override
    public void replay(Instant now) {
        require(life().dead());
        status(life().waiting());
        attempts.restart(now);
        touched(now);
    }

    /** An admin gives a dead entry up. */
    @Override
    public void discard(Instant now) {
        require(life().dead());
        status(life().discarded());
        touched(now);
    }

    /** Refuses an action unless the entry is in {@code expected}. */
    protected void require(S expected) {
        if (status() != expected) {
            throw new BusinessException(life().stateKey(), status().name(), expected.name());
        }
    }

    protected void touched(Instant now) {
        updatedAt = now;
    }

    @Override
    public long officeId() {
        return officeId;
    }

    public Optional<Long> caseId() {
        return Optional.ofNullable(caseId);
    }

    @Override
    public String caseNumber() {
        return caseNumber;
    }

    public int attempts() {
        return attempts.count();
    }

    public Instant nextAttemptAt() {
        return attempts.nextAt();
    }

    public Optional<String> lastError() {
        return attempts.lastError();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

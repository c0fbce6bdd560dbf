package id.lintas.domain.model.siak;

import id.lintas.domain.shared.Backoff;
import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.Jsons;
import id.lintas.domain.shared.OutboxEntry;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A write to SIAK waiting in the outbox. It is created in the same transaction as the case step
 * that causes it, so a crash between "step done" and "sent to SIAK" loses nothing; its
 * idempotency key goes with every attempt, so SIAK never makes a second draft of it. Once SIAK
 * has accepted it as a draft, the relay asks about the draft until SIAK numbers it (the numbers are
 * kept here) or rejects it. An outage
 * only delays it (attempts back off up to five minutes, {@link #RETRIES}); what SIAK refuses, or what keeps
 * failing for {@value #MAX_ATTEMPTS} attempts, waits in the dead-letter store for an admin.
 */
@Entity
@Table(name = "siak_submission")
public class SiakSubmission extends OutboxEntry<SubmissionStatus> {
    public static final int MAX_ATTEMPTS = 200;
    static final Backoff RETRIES = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));
    /** How soon an accepted draft is first asked about, and how later asks back off. */
    static final Backoff POLLS = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));
    private static final Life<SubmissionStatus> LIFE = new Life<>(SubmissionStatus.WAITING, SubmissionStatus.DEAD,
            SubmissionStatus.DISCARDED, RETRIES, MAX_ATTEMPTS, "siak.submission.state");

    public enum Kind {
        /** A new birth: NIK for the baby, KK, akta kelahiran, KIA. */
        BIRTH,
        /** A change of a resident's biodata. */
        BIODATA,
        /** A death: the akta kematian's number (NO_AKTA_KMT). */
        DEATH
    }

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "idempotency_key", nullable = false, unique = true, length = 36)
    private String idempotencyKey;

    @Column(nullable = false, length = 20000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SubmissionStatus status;

    @Column(name = "draft_id", length = 60)
    private String draftId;

    @Column(name = "polls", nullable = false)
    private int polls;

    /** What SIAK issued when it approved the draft: NIK, NO_KK, NO_AKTA_LHR, NO_KIA, or the changed fields. */
    @Column(name = "issued_numbers", length = 4000)
    private String issuedNumbers;

    @Column(name = "numbered_at")
    private Instant numberedAt;

    protected SiakSubmission() {
    }

    private SiakSubmission(long officeId, Long caseId, String caseNumber, Instant now) {
        super(officeId, caseId, caseNumber, now);
    }

    @Override
    protected Life<SubmissionStatus> life() {
        return LIFE;
    }

    @Override
    protected void status(SubmissionStatus next) {
        status = next;
    }

    /** A new submission, to be sent as soon as the relay runs. */
    public static SiakSubmission of(long officeId, Long caseId, String caseNumber, Kind kind, String payload, Instant now) {
        SiakSubmission s = new SiakSubmission(officeId, caseId, caseNumber, now);
        s.kind = Objects.requireNonNull(kind);
        s.payload = Objects.requireNonNull(payload);
        s.idempotencyKey = UUID.randomUUID().toString();
        s.status = SubmissionStatus.WAITING;
        return s;
    }

    /** SIAK accepted it as a draft: from now on the relay asks SIAK whether the draft is numbered. */
    public void accepted(String draft, Instant now) {
        require(SubmissionStatus.WAITING);
        attempts.succeeded();
        draftId = Objects.requireNonNull(draft);
        status = SubmissionStatus.ACCEPTED;
        polls = 0;
        attempts.nextAt(POLLS.next(now, 1), null);
        touched(now);
    }

    /**
     * SIAK approved the draft and issued its numbers. A draft numbered twice would mean two
     * registrations: so this happens once, and never with an empty answer.
     */
    public void numbered(Map<String, String> numbers, Instant now) {
        require(SubmissionStatus.ACCEPTED);
        if (numbers == null || numbers.isEmpty()) {
            throw new IllegalArgumentException("SIAK issued no numbers for draft " + draftId);
        }
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        numbers.forEach((name, value) -> json.add(name, Objects.requireNonNull(value, name)));
        issuedNumbers = json.build().toString();
        numberedAt = now;
        status = SubmissionStatus.NUMBERED;
        attempts.note(null);
        touched(now);
    }

    /** SIAK has not decided yet, or could not be asked: ask again later, less and less often. */
    public void notNumberedYet(String error, Instant now) {
        require(SubmissionStatus.ACCEPTED);
        polls++;
        attempts.nextAt(POLLS.next(now, polls + 1), error);
        touched(now);
    }

    /**
     * SIAK no longer knows the draft it accepted (its data was restored from before the draft):
     * send the submission again, with the same key, so SIAK makes it once more.
     */
    public void draftUnknown(String error, Instant now) {
        require(SubmissionStatus.ACCEPTED);
        draftId = null;
        status = SubmissionStatus.WAITING;
        attempts.nextAt(now, error);
        touched(now);
    }

    /** SIAK rejected the draft after accepting it: an admin decides (replay sends the same key again). */
    public void rejected(String reason, Instant now) {
        require(SubmissionStatus.ACCEPTED);
        attempts.note(reason);
        status = SubmissionStatus.DEAD;
        touched(now);
    }

    public Kind kind() {
        return kind;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String payload() {
        return payload;
    }

    @Override
    public SubmissionStatus status() {
        return status;
    }

    public Optional<String> draftId() {
        return Optional.ofNullable(draftId);
    }

    public int polls() {
        return polls;
    }

    /** What SIAK issued; empty until the submission is {@link SubmissionStatus#NUMBERED}. */
    public Map<String, String> issuedNumbers() {
        if (issuedNumbers == null) {
            return Map.of();
        }
        try (JsonReader reader = Jsons.createReader(new StringReader(issuedNumbers))) {
            JsonObject json = reader.readObject();
            Map<String, String> numbers = new LinkedHashMap<>();
            json.forEach((name, value) -> numbers.put(name, json.getString(name)));
            return Collections.unmodifiableMap(numbers);
        }
    }

    public Optional<Instant> numberedAt() {
        return Optional.ofNullable(numberedAt);
    }
}

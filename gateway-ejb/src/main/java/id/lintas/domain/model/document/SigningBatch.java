package id.lintas.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One bulk signing run of the kadis: how many documents it holds, how many are signed or failed so
 * far, and the last failure. The TTE page's progress bar reads it, from whichever instance serves
 * the page; each document's signature is committed on its own, so a run cut short keeps what it signed.
 */
@Entity
@Table(name = "signing_batch")
public class SigningBatch {
    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int signed;

    @Column(nullable = false)
    private int failed;

    /** RUNNING or FINISHED. */
    @Column(nullable = false, length = 12)
    private String status;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected SigningBatch() {
    }

    public static SigningBatch start(long officeId, String username, int total, Instant now) {
        SigningBatch b = new SigningBatch();
        b.id = UUID.randomUUID().toString();
        b.officeId = officeId;
        b.username = username;
        b.total = total;
        b.status = "RUNNING";
        b.startedAt = now;
        return b;
    }

    public void oneSigned() {
        signed++;
    }

    public void oneFailed(String error) {
        failed++;
        lastError = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }

    public void finish(Instant now) {
        status = "FINISHED";
        finishedAt = now;
    }

    public String id() {
        return id;
    }

    public long officeId() {
        return officeId;
    }

    public String username() {
        return username;
    }

    public int total() {
        return total;
    }

    public int signed() {
        return signed;
    }

    public int failed() {
        return failed;
    }

    public boolean isFinished() {
        return "FINISHED".equals(status);
    }

    /** Whole percent of the documents handled (signed or failed). */
    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, (signed + failed) * 100L / total);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }
}

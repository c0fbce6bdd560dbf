package id.lintas.sandbox.siak.draft;

import id.lintas.sandbox.approval.ApprovalPolicy;
import id.lintas.sandbox.http.IdempotencyKeys;
import id.lintas.sandbox.siak.model.Resident;
import id.lintas.sandbox.siak.registry.BiodataChange;
import id.lintas.sandbox.siak.registry.Birth;
import id.lintas.sandbox.siak.registry.BirthRecord;
import id.lintas.sandbox.siak.registry.Death;
import id.lintas.sandbox.siak.registry.Problem;
import id.lintas.sandbox.siak.registry.Refusal;
import id.lintas.sandbox.siak.registry.Registry;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Drafts submitted to SIAK, kept in memory, with idempotency: a draft is made once per
 * Idempotency-Key; the same key with the same body (as JSON, member order and blanks aside)
 * returns that draft again, with another body it is refused. A body that fails validation makes
 * no draft and does not use up its key. Approving (setujui) issues the numbers once; approving
 * again returns them unchanged. Under an AUTO {@link ApprovalPolicy} reading a draft ({@link #poll})
 * decides it once it is old enough. Thread-safe: one draft per key even when the same key arrives on
 * many connections at once.
 */
public final class DraftService {
    private final Registry registry;
    private final Clock clock;
    private final IdempotencyKeys<Draft> keys = new IdempotencyKeys<>();
    private final Map<String, Draft> byId = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final LongAdder created = new LongAdder();
    private final LongAdder replayed = new LongAdder();
    private final LongAdder keyConflicts = new LongAdder();
    private final LongAdder invalid = new LongAdder();
    private final LongAdder approvals = new LongAdder();
    private final LongAdder repeatedApprovals = new LongAdder();
    private final LongAdder rejections = new LongAdder();
    private final LongAdder autoApprovals = new LongAdder();
    private final LongAdder autoRejections = new LongAdder();

    /** A submission's outcome: the draft and whether this request made it (else it is a replay). */
    public record Submission(Draft draft, boolean created) {
    }

    public DraftService(Registry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Makes the draft of {@code body} under {@code idempotencyKey}, or returns the one made before
     * under that key.
     *
     * @throws Refusal      when the body is invalid (nothing is stored)
     * @throws DraftFailure CONFLICT when the key was used with another body
     */
    public Submission submit(String idempotencyKey, JsonObject body) {
        IdempotencyKeys.Result<Draft> earlier = keys.earlier(idempotencyKey, body);
        if (earlier != null) {
            return outcome(earlier);
        }
        Draft prepared;
        try {
            prepared = prepare(body);
        } catch (Refusal refusal) {
            invalid.increment();
            throw refusal;
        }
        return outcome(keys.claim(idempotencyKey, body, () -> {
            String id = nextId(prepared.kind());
            Draft numbered = switch (prepared.kind()) {
                case KELAHIRAN -> Draft.ofBirth(id, body, clock.instant(), prepared.birth());
                case PERUBAHAN_BIODATA -> Draft.ofBiodataChange(id, body, clock.instant(), prepared.nik(), prepared.change());
                case KEMATIAN -> Draft.ofDeath(id, body, clock.instant(), prepared.death());
            };
            byId.put(numbered.id(), numbered);
            return numbered;
        }));
    }

    public Draft find(String id) {
        Draft draft = byId.get(id);
        if (draft == null) {
            throw new DraftFailure(DraftFailure.Reason.NOT_FOUND, "DRAFT_TIDAK_DITEMUKAN", "Draft " + id + " tidak ditemukan.");
        }
        return draft;
    }

    /**
     * Approves and numbers a draft (setujui): registers the birth or the death, or applies the
     * biodata change.
     * Approving an issued draft again returns it as it is.
     *
     * @throws Refusal      when SIAK's rules fail now (the draft stays DIAJUKAN)
     * @throws DraftFailure NOT_FOUND, or CONFLICT for a rejected draft
     */
    public Draft approve(String id) {
        Draft draft = find(id);
        synchronized (draft) {
            switch (draft.state().status()) {
                case TERBIT -> {
                    repeatedApprovals.increment();
                    return draft;
                }
                case DITOLAK -> throw new DraftFailure(DraftFailure.Reason.CONFLICT, "DRAFT_SUDAH_DITOLAK",
                        "Draft " + id + " sudah ditolak dan tidak dapat disetujui.");
                default -> {
                    issue(draft);
                    return draft;
                }
            }
        }
    }

    /**
     * A draft as the office's poller reads it: under {@code policy} AUTO a draft still DIAJUKAN
     * and old enough is decided first, once, whichever of several readers comes first. SIAK
     * approves it; when its rules fail now it rejects it with their problems as the reason, so a
     * poller always reaches TERBIT or DITOLAK.
     *
     * @throws DraftFailure NOT_FOUND
     */
    public Draft poll(String id, ApprovalPolicy policy) {
        Draft draft = find(id);
        if (draft.state().status() != DraftStatus.DIAJUKAN || !policy.decidesNow(draft.submittedAt(), clock.instant())) {
            return draft;
        }
        synchronized (draft) {
            if (draft.state().status() == DraftStatus.DIAJUKAN) {
                try {
                    issue(draft);
                    autoApprovals.increment();
                } catch (Refusal refusal) {
                    draft.rejected(clock.instant(), "Draft tidak dapat disetujui: " + refusal.getMessage());
                    rejections.increment();
                    autoRejections.increment();
                }
            }
        }
        return draft;
    }

    /**
     * Rejects a draft (tolak) with a reason; rejecting a rejected draft again changes nothing.
     *
     * @throws DraftFailure NOT_FOUND, or CONFLICT for an issued draft
     */
    public Draft reject(String id, String reason) {
        Draft draft = find(id);
        synchronized (draft) {
            switch (draft.state().status()) {
                case TERBIT -> throw new DraftFailure(DraftFailure.Reason.CONFLICT, "DRAFT_SUDAH_TERBIT",
                        "Draft " + id + " sudah terbit dan tidak dapat ditolak.");
                case DITOLAK -> {
                    return draft;
                }
                default -> {
                    draft.rejected(clock.instant(), reason);
                    rejections.increment();
                    return draft;
                }
            }
        }
    }

    /** Registers the birth or death or applies the change and numbers the draft; the caller holds the draft's lock. */
    private void issue(Draft draft) {
        LocalDate today = LocalDate.now(clock);
        switch (draft.kind()) {
            case KELAHIRAN -> {
                BirthRecord record = registry.registerBirth(draft.birth(), today);
                draft.issued(clock.instant(), today, record, null, null);
            }
            case PERUBAHAN_BIODATA -> draft.issued(clock.instant(), today, null,
                    registry.changeBiodata(draft.nik(), draft.change()), null);
            case KEMATIAN -> draft.issued(clock.instant(), today, null, null, registry.registerDeath(draft.death(), today));
        }
        approvals.increment();
    }

    /**
     * Counters for the statistics; {@code approvals} and {@code rejections} include the automatic
     * ones ({@code autoApprovals}, {@code autoRejections}); {@code pending} etc. are counted over the
     * drafts now.
     */
    public Map<String, Long> counters() {
        long pending = 0;
        long issued = 0;
        long rejected = 0;
        for (Draft draft : byId.values()) {
            switch (draft.state().status()) {
                case DIAJUKAN -> pending++;
                case TERBIT -> issued++;
                case DITOLAK -> rejected++;
            }
        }
        return Map.ofEntries(Map.entry("created", created.sum()), Map.entry("duplicateIdempotentHits", replayed.sum()),
                Map.entry("idempotencyConflicts", keyConflicts.sum()), Map.entry("invalid", invalid.sum()),
                Map.entry("approvals", approvals.sum()), Map.entry("autoApprovals", autoApprovals.sum()),
                Map.entry("repeatedApprovals", repeatedApprovals.sum()), Map.entry("rejections", rejections.sum()),
                Map.entry("autoRejections", autoRejections.sum()),
                Map.entry("pending", pending), Map.entry("issued", issued), Map.entry("rejected", rejected));
    }

    private Submission outcome(IdempotencyKeys.Result<Draft> result) {
        Draft draft = result.value();
        switch (result.outcome()) {
            case CONFLICT -> {
                keyConflicts.increment();
                throw new DraftFailure(DraftFailure.Reason.CONFLICT, "IDEMPOTENCY_KEY_BENTROK",
                        "Idempotency-Key ini sudah dipakai untuk draft " + draft.id() + " dengan isi yang berbeda.");
            }
            case REPLAYED -> replayed.increment();
            case CREATED -> created.increment();
        }
        return new Submission(draft, result.outcome() == IdempotencyKeys.Outcome.CREATED);
    }

    /** Parses and validates the body into an unnumbered draft (id {@code null}). */
    private Draft prepare(JsonObject body) {
        DraftKind kind = DraftRequests.kind(body);
        LocalDate today = LocalDate.now(clock);
        if (kind == DraftKind.KELAHIRAN) {
            Birth birth = DraftRequests.birth(body);
            Refusal.ifAny(registry.birthProblems(birth, today));
            return Draft.ofBirth(null, body, clock.instant(), birth);
        }
        if (kind == DraftKind.KEMATIAN) {
            Death death = DraftRequests.death(body);
            Refusal.ifAny(registry.deathProblems(death, today));
            return Draft.ofDeath(null, body, clock.instant(), death);
        }
        BiodataChange change = DraftRequests.biodataChange(body);
        String nik = DraftRequests.biodataNik(body);
        Resident resident = registry.resident(nik);
        if (resident == null) {
            throw new Refusal("VALIDASI_GAGAL", List.of(new Problem("NIK", "NIK " + nik + " tidak terdaftar di SIAK.")));
        }
        Problem dead = Registry.biodataProblem(resident);
        if (dead != null) {
            throw new Refusal("VALIDASI_GAGAL", List.of(dead));
        }
        if (change.applyTo(resident).equals(resident)) {
            throw new Refusal("TIDAK_ADA_PERUBAHAN", List.of(new Problem(null, "Tidak ada data yang berubah: nilai baru sama dengan data SIAK.")));
        }
        return Draft.ofBiodataChange(null, body, clock.instant(), nik, change);
    }

    private String nextId(DraftKind kind) {
        return String.format("%s-%08d", kind.idPrefix(), sequence.incrementAndGet());
    }
}

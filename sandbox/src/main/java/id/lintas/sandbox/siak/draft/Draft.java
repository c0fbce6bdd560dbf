package id.lintas.sandbox.siak.draft;

import id.lintas.sandbox.siak.registry.BiodataChange;
import id.lintas.sandbox.siak.registry.Birth;
import id.lintas.sandbox.siak.registry.BirthRecord;
import id.lintas.sandbox.siak.registry.Death;
import id.lintas.sandbox.siak.registry.DeathRecord;
import id.lintas.sandbox.siak.registry.Registry;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A draft an office submitted to SIAK, as submitted (the JSON body, kept to recognise a retry with
 * the same Idempotency-Key) and as understood (a {@link Birth}, a {@link BiodataChange} or a {@link Death}), with
 * its state. The state changes under the draft's own lock; {@link #state()} is a consistent copy.
 */
public final class Draft {
    private final String id;
    private final DraftKind kind;
    private final JsonObject request;
    private final Instant submittedAt;
    private final Birth birth;
    private final String nik;
    private final BiodataChange change;
    private final Death death;
    private State state;

    /**
     * The state at one moment: for TERBIT the day it was issued and the numbers (a birth or a
     * death) or the resident before and after (a biodata change); for DITOLAK the reason.
     */
    public record State(DraftStatus status, Instant decidedAt, LocalDate issuedOn, BirthRecord birthRecord,
            Registry.Changed biodata, DeathRecord deathRecord, String rejectionReason) {
    }

    private Draft(String id, DraftKind kind, JsonObject request, Instant submittedAt, Birth birth, String nik,
            BiodataChange change, Death death) {
        this.id = id;
        this.kind = kind;
        this.request = request;
        this.submittedAt = submittedAt;
        this.birth = birth;
        this.nik = nik;
        this.change = change;
        this.death = death;
        this.state = new State(DraftStatus.DIAJUKAN, null, null, null, null, null, null);
    }

    static Draft ofBirth(String id, JsonObject request, Instant submittedAt, Birth birth) {
        return new Draft(id, DraftKind.KELAHIRAN, request, submittedAt, Objects.requireNonNull(birth), null, null, null);
    }

    static Draft ofBiodataChange(String id, JsonObject request, Instant submittedAt, String nik, BiodataChange change) {
        return new Draft(id, DraftKind.PERUBAHAN_BIODATA, request, submittedAt, null, Objects.requireNonNull(nik),
                Objects.requireNonNull(change), null);
    }

    static Draft ofDeath(String id, JsonObject request, Instant submittedAt, Death death) {
        return new Draft(id, DraftKind.KEMATIAN, request, submittedAt, null, death.nik(), null, death);
    }

    public String id() {
        return id;
    }

    public DraftKind kind() {
        return kind;
    }

    /** The body as submitted. */
    public JsonObject request() {
        return request;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    Birth birth() {
        return birth;
    }

    /** The resident a biodata change or a death is for; {@code null} for a birth. */
    public String nik() {
        return nik;
    }

    BiodataChange change() {
        return change;
    }

    Death death() {
        return death;
    }

    public synchronized State state() {
        return state;
    }

    synchronized void issued(Instant at, LocalDate on, BirthRecord record, Registry.Changed biodata,
            DeathRecord deathRecord) {
        state = new State(DraftStatus.TERBIT, at, on, record, biodata, deathRecord, null);
    }

    synchronized void rejected(Instant at, String reason) {
        state = new State(DraftStatus.DITOLAK, at, null, null, null, null, reason);
    }
}

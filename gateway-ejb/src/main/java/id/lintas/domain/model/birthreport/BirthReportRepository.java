package id.lintas.domain.model.birthreport;

import java.time.Instant;
import java.util.Optional;

/** Birth reports, one per hospital and reference. */
public interface BirthReportRepository {

    /** What is recorded of a report when it arrives. */
    record Arrival(long officeId, long institutionId, HospitalReference reference, String fingerprint, ReportChannel channel,
            String caseNumber, Instant bornAt, String details, Instant receivedAt, String receivedBy) {
    }

    /** A scan kept with a report until its case holds it. */
    record StoredScan(String kind, String fileName, byte[] content) {
    }

    /**
     * Records the report unless the hospital already has one with this reference; empty then.
     * Safe when the same reference arrives twice at once, on one instance or several: one of
     * them records it, the other waits for it and gets empty.
     *
     * @return the new report's id
     */
    Optional<Long> claim(Arrival arrival);

    Optional<BirthReport> find(long institutionId, HospitalReference reference);

    /** The report that opened a case, if a report did. */
    Optional<BirthReport> ofCase(long caseId);

    Optional<BirthReport> find(long id);

    /** The report, locked for this transaction (a second opener waits, then finds it opened). */
    Optional<BirthReport> lock(long id);

    /** Keeps the scans of the report just claimed ({@link #claim}) until its case holds them. */
    void storeScans(long reportId, long officeId, java.util.List<StoredScan> scans);

    /** The scans of a report, in the order they came (empty once its case holds them). */
    java.util.List<StoredScan> scans(BirthReport report);

    /** Drops the scans' bytes once the case holds them. */
    void releaseScans(BirthReport report);

    /** Ids of accepted reports due to have their case opened that this instance can lock ({@code SKIP LOCKED}). */
    java.util.List<Long> lockDue(Instant now, int max);

    /**
     * The report a case number was reserved for, also while its case is being opened (the report
     * is linked to its case only after the hospital's own steps, whose moves are observed meanwhile).
     */
    Optional<BirthReport> ofCaseNumber(String caseNumber);
}

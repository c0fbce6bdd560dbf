package id.lintas.domain.model.birthreport;

import java.time.Instant;
import java.util.Optional;

/** Birth reports, one per hospital and reference. */
public interface BirthReportRepository {

    /**
     * What is recorded of a report when it arrives: its case number is {@code caseNumberPrefix}
     * and a serial taken as it is recorded ({@link id.lintas.domain.model.servicecase.CaseNumbers}),
     * its scans are kept until its case holds them.
     */
    record Arrival(long officeId, long institutionId, HospitalReference reference, String fingerprint, ReportChannel channel,
            String caseNumberPrefix, Instant bornAt, String details, Instant receivedAt, String receivedBy,
            java.util.List<StoredScan> scans) {
    }

    /** A scan kept with a report until its case holds it. */
    record StoredScan(String kind, String fileName, byte[] content) {
    }

    /** A report just recorded: its id and the case number it was given. */
    record Claimed(long id, String caseNumber) {
    }

    /**
     * Records the report, its case number and its scans unless the hospital already has a report
     * with this reference; empty then. Safe when the same reference arrives twice at once, on one
     * instance or several: one of them records it, the other waits for it and gets empty.
     */
    Optional<Claimed> claim(Arrival arrival);

    Optional<BirthReport> find(long institutionId, HospitalReference reference);

    /** The report that opened a case, if a report did. */
    Optional<BirthReport> ofCase(long caseId);

    Optional<BirthReport> find(long id);

    /** The report, locked for this transaction (a second opener waits, then finds it opened). */
    Optional<BirthReport> lock(long id);

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

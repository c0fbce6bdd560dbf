package id.lintas.domain.model.birthreport;

import java.time.Instant;
import java.util.Optional;

/** Birth reports, one per hospital and reference. */
public interface BirthReportRepository {

    /** What is recorded of a report when it arrives. */
    record Arrival(long officeId, long institutionId, HospitalReference reference, String fingerprint, ReportChannel channel,
            Instant bornAt, String details, Instant receivedAt, String receivedBy) {
    }

    /**
     * Records the report unless the hospital already has one with this reference; empty then.
     * Safe when the same reference arrives twice at once, on one instance or several: one of
     * them records it, the other waits for it and gets empty.
     */
    Optional<BirthReport> claim(Arrival arrival);

    Optional<BirthReport> find(long institutionId, HospitalReference reference);

    /** The report that opened a case, if a report did. */
    Optional<BirthReport> ofCase(long caseId);

    /**
     * The report that opened a case, also while it is opening it: the transaction that takes a
     * report in links it to its case only after the hospital's own steps, whose moves are observed
     * meanwhile. A report of {@code institutionId} without a case can only be that one, since every
     * committed report has its case (taking a report in is one transaction).
     */
    Optional<BirthReport> ofCaseOrOpening(long caseId, long institutionId);
}

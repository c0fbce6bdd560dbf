package id.lintas.application.hospital;

import id.lintas.application.DeadLetterStore;
import id.lintas.domain.model.birthreport.BirthReport;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.office.Institution;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin's failed birth reports: accepted reports whose case could not be opened (refused by the
 * case's rules, or failing too often). Replay: processed again; discard: it stays FAILED, given up.
 * Both audited.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class FailedBirthReports extends DeadLetterStore<BirthReport> {
    private static final Entries<BirthReport> REPORTS = new Entries<>(BirthReport.class, "BirthReport", "report.failed.notFound",
            "x.discardedAt is null", "failedAt");

    /** A failed report: whose, under which reference and case number, why, since when. */
    public record FailedReport(long id, String caseNumber, String hospital, String reference, String channel, int attempts,
            String error, Instant receivedAt, Instant failedAt) implements Serializable {
    }

    /** The office's failed reports nobody gave up yet, newest first. */
    public List<FailedReport> list() {
        Map<Long, String> hospitals = new HashMap<>();
        return dead(BirthReport.ReportStatus.FAILED).stream().map(r -> new FailedReport(r.id(), r.caseNumber(),
                hospitals.computeIfAbsent(r.institutionId(), id -> em.find(Institution.class, id).name()), r.reference().value(),
                r.channel().name(), r.attempts(), r.lastError().orElse(null), r.receivedAt(), r.failedAt().orElse(null))).toList();
    }

    @Override
    protected Entries<BirthReport> entries() {
        return REPORTS;
    }

    @Override
    protected String describe(BirthReport r) {
        return "birth report " + r.id() + " reference " + r.reference().value();
    }
}

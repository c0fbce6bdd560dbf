package id.lintas.application.hospital;

import id.lintas.application.servicecase.ActorLookup;
import id.lintas.application.servicecase.CaseQueries;
import id.lintas.application.servicecase.CaseView;
import id.lintas.domain.model.birthreport.BirthReport;
import id.lintas.domain.model.birthreport.BirthReportData;
import id.lintas.domain.model.birthreport.BirthReportForm;
import id.lintas.domain.model.birthreport.BirthReportRepository;
import id.lintas.domain.model.birthreport.HospitalReference;
import id.lintas.domain.model.birthreport.ReportChannel;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.office.OfficeRepository;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.model.servicecase.CaseNumbers;
import id.lintas.domain.model.sop.SopCatalog;
import id.lintas.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Birth reports from hospital systems (REST, SOAP) and the hospital portal: checks a report field
 * by field, records it once per hospital and reference, and opens its SELINTAS case. The
 * hospital's system did the hospital's own steps (receiving, checking, entering the
 * application into SIAK, which puts it in the SIAK outbox, and the letters, which are made from
 * the report), so they are completed for it, as its account; the case then waits for the courier. All of it is one transaction: a refusal stores nothing.
 */
@Stateless
@RolesAllowed(Role.Names.HOSPITAL)
public class BirthIntake {
    /**
     * The SOP a report's case follows, and the middle of its number. Its definition ships with the
     * application, so taking a report does not ask the catalog (a call into its singleton cost a
     * report as much as its fingerprint); the worker opens the case under the current version.
     */
    public static final String SOP = "SELINTAS";

    @Inject
    BirthReportRepository reports;

    @Inject
    OfficeRepository offices;

    @Inject
    ActorLookup actors;

    @Inject
    SopCatalog catalog;

    @EJB
    CaseQueries queries;

    @EJB
    BirthReportProcessor processor;

    @Inject
    IntakeLoad load;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /** The outcome of a submission: the report's case number, and whether the report was already there. */
    public record Receipt(String reference, long reportId, String caseNumber, boolean replayed) {
    }

    /**
     * Takes a report in: checks it, keeps it with its scans and its case number, in one statement;
     * its case is opened a moment later by {@link BirthReportProcessor}. The hospital's system does not wait
     * for the case work.
     *
     * @throws id.lintas.domain.shared.InvalidInput listing every field that is wrong
     * @throws BusinessException {@code report.referenceConflict} when the reference was used for other content
     */
    public Receipt submit(BirthReportForm form, ReportChannel channel) {
        Actor actor = hospital();
        OfficeRepository.Identity office = offices.identity(actor.officeId()).orElseThrow();
        Instant now = clock.instant();
        BirthReportData report = BirthReportData.validate(form, now, office.timeZone());
        String fingerprint = report.fingerprint();
        var arrival = new BirthReportRepository.Arrival(actor.officeId(), actor.institutionId(), report.reference(), fingerprint,
                channel, CaseNumbers.prefix(office.code(), SOP, now, office.timeZone()),
                report.bornAt(), report.detailsJson(), now, actor.username(), report.scans().stream()
                        .map(s -> new BirthReportRepository.StoredScan(s.kind().name(), s.fileName(), s.content())).toList());
        BirthReportRepository.Claimed claimed = reports.claim(arrival).orElse(null);
        load.accepted();
        if (claimed == null) {
            BirthReport existing = reports.find(actor.institutionId(), report.reference()).orElseThrow();
            if (!existing.sameContentAs(fingerprint)) {
                throw new BusinessException("report.referenceConflict", report.reference().value(), existing.caseNumber());
            }
            return new Receipt(report.reference().value(), existing.id(), existing.caseNumber(), true);
        }
        return new Receipt(report.reference().value(), claimed.id(), claimed.caseNumber(), false);
    }

    /** Where one of the caller's hospital's reports stands; another hospital's is not found. */
    public ReportState status(String reference) {
        Actor actor = hospital();
        HospitalReference ref;
        try {
            ref = new HospitalReference(reference);
        } catch (BusinessException malformed) {
            throw new BusinessException("report.notFound", String.valueOf(reference));
        }
        BirthReport report = reports.find(actor.institutionId(), ref)
                .orElseThrow(() -> new BusinessException("report.notFound", reference));
        return new ReportState(reference, report.caseNumber(), report.status().name(), report.lastError().orElse(null),
                report.caseId() == null ? null : queries.detail(report.caseId()));
    }

    /** A report's state: its case number at once; its case once opened. */
    public record ReportState(String reference, String caseNumber, String status, String lastError, CaseView view)
            implements java.io.Serializable {
    }

    /**
     * A report typed into the hospital portal by someone without a hospital system: the person
     * confirms the checklist of the hospital's steps (the file received and complete), then it is
     * taken in like a report from a system.
     *
     * @return the id of the case, opened before this returns
     * @throws BusinessException {@code report.checklist.incomplete} naming what was not confirmed
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public long submitFromPortal(BirthReportForm form, java.util.Set<String> confirmed) {
        List<String> missing = hospitalChecklist().stream().filter(c -> !confirmed.contains(c.key()))
                .map(c -> c.text().id()).toList();
        if (!missing.isEmpty()) {
            throw new BusinessException("report.checklist.incomplete", String.join("; ", missing));
        }
        Receipt receipt = context.getBusinessObject(BirthIntake.class).submit(form, ReportChannel.PORTAL); // committed here
        processor.openNow(receipt.reportId());
        return reports.find(receipt.reportId()).map(BirthReport::caseId).orElseThrow();
    }

    /** The checklist of the hospital's own steps, each item once, as the portal shows it. */
    public List<id.lintas.domain.model.sop.ChecklistItem> hospitalChecklist() {
        java.util.Map<String, id.lintas.domain.model.sop.ChecklistItem> items = new java.util.LinkedHashMap<>();
        HospitalSteps.of(catalog.current(SOP).definition()).forEach(step -> step.checklist().forEach(c -> items.putIfAbsent(c.key(), c)));
        return List.copyOf(items.values());
    }

    /** What is wrong with a report, field by field (empty when nothing is); stores nothing. */
    public List<id.lintas.domain.shared.FieldError> problems(BirthReportForm form) {
        OfficeRepository.Identity office = offices.identity(hospital().officeId()).orElseThrow();
        try {
            BirthReportData.validate(form, clock.instant(), office.timeZone());
            return List.of();
        } catch (id.lintas.domain.shared.InvalidInput invalid) {
            return invalid.errors();
        }
    }

    private Actor hospital() {
        Actor actor = actors.of(context);
        if (actor.institutionId() == null) {
            throw new BusinessException("report.noInstitution");
        }
        return actor;
    }


}

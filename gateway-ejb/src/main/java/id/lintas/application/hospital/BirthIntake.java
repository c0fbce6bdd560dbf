package id.lintas.application.hospital;

import id.lintas.application.servicecase.ActorLookup;
import id.lintas.application.servicecase.CaseQueries;
import id.lintas.application.servicecase.CaseRef;
import id.lintas.application.servicecase.CaseService;
import id.lintas.application.servicecase.CaseView;
import id.lintas.application.servicecase.OpenCaseRequest;
import id.lintas.domain.model.birthreport.BirthReport;
import id.lintas.domain.model.birthreport.BirthReportData;
import id.lintas.domain.model.birthreport.BirthReportForm;
import id.lintas.domain.model.birthreport.BirthReportRepository;
import id.lintas.domain.model.birthreport.HospitalReference;
import id.lintas.domain.model.birthreport.ReportChannel;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.office.Office;
import id.lintas.domain.model.office.OfficeRepository;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.model.sop.SopCatalog;
import id.lintas.domain.model.sop.StepDefinition;
import id.lintas.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
    static final String SOP = "SELINTAS";

    @Inject
    BirthReportRepository reports;

    @Inject
    OfficeRepository offices;

    @Inject
    ActorLookup actors;

    @Inject
    SopCatalog catalog;

    @EJB
    CaseService cases;

    @EJB
    CaseQueries queries;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /** The outcome of a submission: the report's case, and whether it was already there. */
    public record Receipt(String reference, long caseId, String caseNumber, boolean replayed) {
    }

    /**
     * Takes a report in.
     *
     * @throws id.lintas.domain.shared.InvalidInput listing every field that is wrong
     * @throws BusinessException {@code report.referenceConflict} when the reference was used for other content
     */
    public Receipt submit(BirthReportForm form, ReportChannel channel) {
        Actor actor = hospital();
        Office office = offices.find(actor.officeId()).orElseThrow();
        Instant now = clock.instant();
        BirthReportData report = BirthReportData.validate(form, now, office.timeZone());
        String fingerprint = report.fingerprint();
        var arrival = new BirthReportRepository.Arrival(actor.officeId(), actor.institutionId(), report.reference(), fingerprint,
                channel, report.bornAt(), report.detailsJson(), now, actor.username());
        BirthReport claimed = reports.claim(arrival).orElse(null);
        if (claimed == null) {
            BirthReport existing = reports.find(actor.institutionId(), report.reference()).orElseThrow();
            if (!existing.sameContentAs(fingerprint)) {
                throw new BusinessException("report.referenceConflict", report.reference().value(), existing.caseNumber());
            }
            return new Receipt(report.reference().value(), existing.caseId(), existing.caseNumber(), true);
        }
        CaseRef opened = cases.open(openingOf(report, office.timeZone()));
        for (BirthReportData.Scan scan : report.scans()) {
            cases.attach(opened.id(), scan.kind().label(), scan.fileName(), scan.content());
        }
        for (StepDefinition step : hospitalSteps()) {
            cases.complete(opened.id(), step.checklist().stream().map(c -> c.key()).collect(Collectors.toSet()));
        }
        claimed.openedCase(opened.id(), opened.caseNumber());
        return new Receipt(report.reference().value(), opened.id(), opened.caseNumber(), false);
    }

    /**
     * A report typed into the hospital portal by someone without a hospital system: the person
     * confirms the checklist of the hospital's steps (the file received and complete), then it is
     * taken in like a report from a system.
     *
     * @throws BusinessException {@code report.checklist.incomplete} naming what was not confirmed
     */
    public Receipt submitFromPortal(BirthReportForm form, java.util.Set<String> confirmed) {
        List<String> missing = hospitalChecklist().stream().filter(c -> !confirmed.contains(c.key()))
                .map(c -> c.text().id()).toList();
        if (!missing.isEmpty()) {
            throw new BusinessException("report.checklist.incomplete", String.join("; ", missing));
        }
        return submit(form, ReportChannel.PORTAL);
    }

    /** The checklist of the hospital's own steps, each item once, as the portal shows it. */
    public List<id.lintas.domain.model.sop.ChecklistItem> hospitalChecklist() {
        java.util.Map<String, id.lintas.domain.model.sop.ChecklistItem> items = new java.util.LinkedHashMap<>();
        hospitalSteps().forEach(step -> step.checklist().forEach(c -> items.putIfAbsent(c.key(), c)));
        return List.copyOf(items.values());
    }

    /** What is wrong with a report, field by field (empty when nothing is); stores nothing. */
    public List<id.lintas.domain.shared.FieldError> problems(BirthReportForm form) {
        Office office = offices.find(hospital().officeId()).orElseThrow();
        try {
            BirthReportData.validate(form, clock.instant(), office.timeZone());
            return List.of();
        } catch (id.lintas.domain.shared.InvalidInput invalid) {
            return invalid.errors();
        }
    }

    /** The case of one of the caller's hospital's reports, as its staff see it; another hospital's is not found. */
    public CaseView status(String reference) {
        Actor actor = hospital();
        HospitalReference ref;
        try {
            ref = new HospitalReference(reference);
        } catch (BusinessException malformed) {
            throw new BusinessException("report.notFound", String.valueOf(reference));
        }
        BirthReport report = reports.find(actor.institutionId(), ref)
                .orElseThrow(() -> new BusinessException("report.notFound", reference));
        return queries.detail(report.caseId());
    }

    private Actor hospital() {
        Actor actor = actors.of(context);
        if (actor.institutionId() == null) {
            throw new BusinessException("report.noInstitution");
        }
        return actor;
    }

    /**
     * The SOP's first steps, as long as they are the hospital's: receiving, checking, the SIAK entry,
     * the letters (made from the report, {@link HospitalLetters}). The case then waits for the courier.
     */
    private List<StepDefinition> hospitalSteps() {
        List<StepDefinition> steps = new ArrayList<>();
        for (StepDefinition step : catalog.current(SOP).definition().steps()) {
            if (step.role() != Role.HOSPITAL) {
                break;
            }
            steps.add(step);
        }
        return steps;
    }

    private static OpenCaseRequest openingOf(BirthReportData r, ZoneId zone) {
        List<OpenCaseRequest.Person> persons = new ArrayList<>();
        persons.add(new OpenCaseRequest.Person("CHILD", null, r.childName(), r.childSex().name(), r.bornAt(zone).toLocalDate(),
                r.place()));
        persons.add(new OpenCaseRequest.Person("MOTHER", r.mother().nik().value(), r.mother().name(), "FEMALE", null));
        r.fatherIfAny().ifPresent(f -> persons.add(new OpenCaseRequest.Person("FATHER", f.nik().value(), f.name(), "MALE", null)));
        persons.add(new OpenCaseRequest.Person("REPORTER", r.reporter().nik().value(), r.reporter().name(), null, null));
        r.witnesses().forEach(w -> persons.add(new OpenCaseRequest.Person("WITNESS", w.nik().value(), w.name(), null, null)));
        return new OpenCaseRequest(SOP, null, r.childName(), r.familyKk().value(), persons, List.of());
    }
}

package id.lintas.application.hospital;

import id.lintas.application.servicecase.ActorLookup;
import id.lintas.application.servicecase.CaseRef;
import id.lintas.application.servicecase.CaseService;
import id.lintas.application.servicecase.OpenCaseRequest;
import id.lintas.domain.model.birthreport.BirthReport;
import id.lintas.domain.model.birthreport.BirthReportRepository;
import id.lintas.domain.model.birthreport.ScanKind;
import id.lintas.domain.model.office.OfficeRepository;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.model.sop.Intake;
import id.lintas.domain.model.sop.SopCatalog;
import id.lintas.domain.model.sop.StepDefinition;
import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.Jsons;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Opens the cases of accepted birth reports, as the hospital account that sent each one: the
 * SELINTAS case under the number the hospital was told, the scans attached, the hospital's own
 * steps completed (the SIAK entry puts the application in the SIAK outbox; the letters are made
 * from the report). One report per transaction; a report that fails is tried again later
 * ({@link BirthReport#notOpenedYet}), one the case's rules refuse waits for the admin at once
 * ({@link BirthReport#refused}). Locks reports with {@code SKIP LOCKED}, so every instance
 * of a deployment group may run it.
 */
@Stateless
@PermitAll
public class BirthReportProcessor {
    private static final Logger LOG = Logger.getLogger(BirthReportProcessor.class.getName());
    public static final int BATCH = 20;
    /** Reports opened a second while the intake is busy ({@link IntakeLoad}): few, but never none. */
    public static final int BATCH_WHILE_BUSY = 3;

    @Inject
    BirthReportRepository reports;

    @Inject
    ActorLookup actors;

    @Inject
    SopCatalog catalog;

    @Inject
    OfficeRepository offices;

    @EJB
    CaseService cases;

    @Inject
    IntakeLoad load;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /**
     * Opens the cases of one batch of due reports; returns how many were tried. While this
     * instance's intake is busy, the batch is {@value #BATCH_WHILE_BUSY} reports (the drain then
     * stops until its next turn a second later), so accepting reports keeps the processors.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int openDue() {
        BirthReportProcessor self = context.getBusinessObject(BirthReportProcessor.class);
        List<Long> due = self.claimDue(load.busy() ? BATCH_WHILE_BUSY : BATCH);
        for (long id : due) {
            try {
                self.openNow(id);
            } catch (BusinessException refused) {
                LOG.warning(() -> "the case of birth report " + id + " cannot be opened: " + refused.getMessage());
                self.refused(id, refused);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the case of birth report " + id + " could not be opened now", e);
                self.notOpenedYet(id, e);
            }
        }
        return due.size();
    }

    /** The due reports this instance takes for now (their next attempt moves on, so no other instance takes them too). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> claimDue(int max) {
        Instant now = clock.instant();
        List<Long> due = reports.lockDue(now, max);
        due.forEach(id -> reports.find(id).orElseThrow().postpone(now.plusSeconds(60)));
        return due;
    }

    /** Opens the case of one accepted report now, in its own transaction (the portal waits for it). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openNow(long reportId) {
        BirthReport report = reports.lock(reportId).orElseThrow();
        if (report.status() != BirthReport.ReportStatus.RECEIVED) {
            return; // opened by another instance meanwhile
        }
        Actor hospital = account(report);
        JsonObject details = Jsons.createReader(new StringReader(report.details())).readObject();
        ZoneId zone = offices.find(report.officeId()).orElseThrow().timeZone();
        CaseRef opened = cases.openAs(hospital, Intake.BIRTH_REPORT, opening(report, details, catalog.current(BirthIntake.SOP).definition().code(),
                zone));
        for (BirthReportRepository.StoredScan scan : reports.scans(report)) {
            cases.attachAs(hospital, opened.id(), ScanKind.valueOf(scan.kind()).label(), scan.fileName(), scan.content());
        }
        for (StepDefinition step : HospitalSteps.of(catalog.current(BirthIntake.SOP).definition())) {
            cases.completeAs(hospital, opened.id(), step.checklist().stream().map(c -> c.key()).collect(Collectors.toSet()));
        }
        report.openedCase(opened.id(), opened.caseNumber());
        reports.releaseScans(report);
    }

    /** The account that sent the report, whose case is opened in its name; refused when it was closed meanwhile. */
    private Actor account(BirthReport report) {
        try {
            return actors.named(report.receivedBy());
        } catch (BusinessException closed) {
            throw new BusinessException("report.accountClosed", report.receivedBy());
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void notOpenedYet(long reportId, RuntimeException error) {
        reports.find(reportId).ifPresent(r -> r.notOpenedYet(String.valueOf(error), clock.instant()));
    }

    /** The case's rules refuse to open the report's case: it fails at once, for the admin, with the refusal in both languages. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(long reportId, BusinessException refusal) {
        reports.find(reportId).filter(r -> r.status() == BirthReport.ReportStatus.RECEIVED)
                .ifPresent(r -> r.refused(refusal.getMessage(), clock.instant()));
    }

    /** The case a report opens; the child's birth date is the office's local date. */
    private static OpenCaseRequest opening(BirthReport report, JsonObject d, String sop, ZoneId zone) {
        List<OpenCaseRequest.Person> persons = new ArrayList<>();
        persons.add(new OpenCaseRequest.Person("CHILD", null, d.getString("childName"), d.getString("childSex"),
                Instant.parse(d.getString("bornAt")).atZone(zone).toLocalDate(), d.getString("place")));
        persons.add(person("MOTHER", d.getJsonObject("mother"), "FEMALE"));
        if (d.containsKey("father")) {
            persons.add(person("FATHER", d.getJsonObject("father"), "MALE"));
        }
        persons.add(person("REPORTER", d.getJsonObject("reporter"), null));
        d.getJsonArray("witnesses").getValuesAs(JsonObject.class).forEach(w -> persons.add(person("WITNESS", w, null)));
        return new OpenCaseRequest(sop, null, d.getString("childName"), d.getString("familyKk"), persons, List.of(),
                report.caseNumber());
    }

    private static OpenCaseRequest.Person person(String relation, JsonObject p, String sex) {
        return new OpenCaseRequest.Person(relation, p.getString("nik"), p.getString("name"), sex, null);
    }
}

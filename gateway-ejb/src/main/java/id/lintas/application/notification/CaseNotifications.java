package id.lintas.application.notification;

import id.lintas.application.servicecase.CaseMoved;
import id.lintas.application.siak.SiakOutbox;
import id.lintas.domain.model.birthreport.BirthReport;
import id.lintas.domain.model.birthreport.BirthReportRepository;
import id.lintas.domain.model.notification.CaseMovedCallback;
import id.lintas.domain.model.notification.Notification;
import id.lintas.domain.model.office.Institution;
import id.lintas.domain.model.office.Office;
import id.lintas.domain.model.office.OfficeRepository;
import id.lintas.domain.model.servicecase.CasePerson;
import id.lintas.domain.model.servicecase.PersonRelation;
import id.lintas.domain.model.servicecase.ServiceCase;
import id.lintas.domain.model.servicecase.ServiceCaseRepository;
import id.lintas.domain.model.siak.SubmissionStatus;
import id.lintas.domain.model.sop.Milestone;
import id.lintas.domain.shared.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Puts notifications in the outbox when a case moves, in the transaction that moved it (so they
 * go out exactly when the move commits, and never for a move rolled back):
 * <ul>
 * <li>a {@value CaseMovedCallback#EVENT} callback to the hospital or puskesmas whose birth report
 * opened the case, when it has a callback URL;</li>
 * <li>an email to the family when the case reaches a {@link Milestone} (it arrives at a step that
 * says so in the case's SOP definition, e.g. SELINTAS's {@code courier_delivery} with
 * {@code "notifies": "DOCUMENTS_READY"}) and the report gave an email address.</li>
 * </ul>
 */
@ApplicationScoped
public class CaseNotifications {
    static final String DOCUMENTS_READY = "documents.ready";

    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @Inject
    BirthReportRepository reports;

    @Inject
    OfficeRepository offices;

    @Inject
    ServiceCaseRepository cases;

    @Inject
    SiakOutbox siak;

    @Inject
    id.lintas.domain.model.document.IssuedDocumentRepository documents;

    Clock clock = Clock.systemUTC();

    void onMoved(@Observes CaseMoved moved) {
        if (moved.institutionId() == null) {
            return;
        }
        Optional<BirthReport> report = reports.ofCaseNumber(moved.caseNumber());
        if (report.isEmpty()) {
            return;
        }
        offices.findInstitution(moved.institutionId()).flatMap(Institution::callback)
                .ifPresent(callback -> callBack(moved, report.get()));
        ServiceCase c = cases.find(moved.caseId()).orElseThrow();
        moved.milestoneReached(c.definition()).ifPresent(milestone -> {
            switch (milestone) {
                case DOCUMENTS_READY -> tellFamily(moved, report.get(), c);
            }
        });
    }

    private void callBack(CaseMoved moved, BirthReport report) {
        Notification.About about = Notification.About.caseEvent(moved.officeId(), moved.caseId(), moved.caseNumber(),
                CaseMovedCallback.EVENT);
        CaseMovedCallback body = new CaseMovedCallback(about.eventId(), report.reference().value(), moved.caseNumber(),
                moved.action().name(), moved.fromStep(), moved.toStep(), moved.status(), moved.at(), siakNumbers(moved.caseId()));
        store(Notification.callback(about, moved.institutionId(), body.json(), clock.instant()));
    }

    /**
     * Stores it at once, so that its id (the relay's order) follows the order of the moves: left to
     * the commit, several new rows would be inserted in no particular order.
     */
    private void store(Notification notification) {
        em.persist(notification);
        em.flush();
    }

    /** What SIAK issued for the case, once it has: one query on the case's few submissions. */
    private Map<String, String> siakNumbers(long caseId) {
        return siak.ofCase(caseId).stream().filter(s -> s.status() == SubmissionStatus.NUMBERED).reduce((a, b) -> b)
                .map(s -> s.issuedNumbers()).orElse(Map.of());
    }

    private void tellFamily(CaseMoved moved, BirthReport report, ServiceCase c) {
        Optional<String> email = contactEmail(report);
        if (email.isEmpty()) {
            return;
        }
        Office office = offices.find(moved.officeId()).orElseThrow();
        String child = c.persons().stream().filter(p -> p.relation() == PersonRelation.CHILD).map(CasePerson::name).findFirst()
                .orElse(c.subject());

        Notification.About about = Notification.About.caseEvent(moved.officeId(), moved.caseId(), moved.caseNumber(),
                DOCUMENTS_READY);
        // the documents the kadis signed go with it, as PDFs (SELINTAS version 5; none on earlier versions)
        List<String> signed = documents.ofCase(c.id()).stream()
                .filter(d -> d.status() == id.lintas.domain.model.document.IssuedDocumentStatus.SIGNED)
                .map(id.lintas.domain.model.document.IssuedDocument::id).toList();
        DocumentsReadyMail mail = new DocumentsReadyMail(child, moved.caseNumber(), office.name(), office.contact().orElse(null),
                signed.size());
        store(Notification.email(about, email.get(), mail.subject(), mail.body(), signed, clock.instant()));
    }

    /** The family's email address the report gave, if it gave one. */
    static Optional<String> contactEmail(BirthReport report) {
        try (var reader = Jsons.createReader(new StringReader(report.details()))) {
            JsonObject details = reader.readObject();
            return Optional.ofNullable(details.getString("contactEmail", null)).filter(s -> !s.isBlank());
        }
    }
}

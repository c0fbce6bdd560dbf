package id.lintas.application.mail;

import id.lintas.application.resident.ApplicantUpdate;
import id.lintas.domain.model.mail.MailApplication;
import id.lintas.domain.model.mail.MailApplicationRepository;
import id.lintas.domain.model.mail.MailReplies;
import id.lintas.domain.model.notification.Notification;
import id.lintas.domain.model.servicecase.ApplicationChannel;
import id.lintas.domain.model.whatsapp.WaService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Tells a case's news by email to the resident whose emailed application opened it, through the
 * notification outbox, in the transaction that moved the case: the service deadline once the
 * file is found complete (once), a file sent back with its reason, the signed PDFs attached when
 * the documents are ready, and the end. The case's number went with the acceptance
 * ({@link MailApplications}); the office's other moves are not worth an email each.
 */
@ApplicationScoped
public class EmailCaseUpdates {
    /** The outbox's events of these emails. */
    static final String COMPLETE = "APPLICATION_COMPLETE";
    static final String RETURNED = "APPLICATION_RETURNED";
    static final String DOCUMENTS = "APPLICATION_DOCUMENTS";
    static final String FINISHED = "APPLICATION_FINISHED";

    @Inject
    MailApplicationRepository applications;

    @Inject
    MailChannel channel;

    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    void onUpdate(@Observes ApplicantUpdate update) {
        if (update.applicant().channel() != ApplicationChannel.EMAIL) {
            return;
        }
        boolean complete = update.returnedReason() == null && update.deadline() != null && !update.finished()
                && !told(update.caseId(), COMPLETE);
        if (update.returnedReason() == null && !complete && update.signedDocumentIds().isEmpty() && !update.finished()) {
            return; // a move inside the office (the applicant's own steps when the case opens, the kasi's check ...)
        }
        WaService service = applications.ofCase(update.caseId()).flatMap(this::service).orElse(null);
        String reference = update.applicant().reference();
        String to = update.applicant().address();
        MailReplies replies = channel.replies(update.officeId());
        if (update.returnedReason() != null) {
            send(update, RETURNED, to, replies.returned(reference, service, update.caseNumber(), update.returnedReason()), List.of());
        } else if (complete) {
            send(update, COMPLETE, to, replies.complete(reference, service, update.caseNumber(), update.deadline()), List.of());
        }
        if (!update.signedDocumentIds().isEmpty()) {
            send(update, DOCUMENTS, to, replies.documentsReady(reference, service, update.caseNumber(),
                    update.signedDocumentIds().size()), update.signedDocumentIds());
        }
        if (update.finished()) {
            send(update, FINISHED, to, replies.finished(reference, service, update.caseNumber()), List.of());
        }
    }

    private java.util.Optional<WaService> service(MailApplication application) {
        return java.util.Optional.ofNullable(application.serviceCode()).flatMap(code -> channel.rules().catalog().byCode(code));
    }

    /** Whether the resident was already sent this case's {@code event}. */
    private boolean told(long caseId, String event) {
        return !em.createNativeQuery("select 1 from notification where case_id = ?1 and event = ?2").setParameter(1, caseId)
                .setParameter(2, event).getResultList().isEmpty();
    }

    private void send(ApplicantUpdate update, String event, String to, MailReplies.Mail mail, List<String> documents) {
        Instant at = update.at();
        em.persist(Notification.email(Notification.About.caseEvent(update.officeId(), update.caseId(), update.caseNumber(), event),
                to, mail.subject(), mail.text(), documents, at));
        em.flush(); // its id follows the order of the moves, which the relay keeps
    }
}

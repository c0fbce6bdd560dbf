package id.lintas.application.resident;

import id.lintas.application.servicecase.CaseMoved;
import id.lintas.domain.model.audit.AuditAction;
import id.lintas.domain.model.document.IssuedDocument;
import id.lintas.domain.model.document.IssuedDocumentRepository;
import id.lintas.domain.model.document.IssuedDocumentStatus;
import id.lintas.domain.model.servicecase.ApplicantContact;
import id.lintas.domain.model.servicecase.CaseStatus;
import id.lintas.domain.model.servicecase.ServiceCase;
import id.lintas.domain.model.servicecase.ServiceCaseRepository;
import id.lintas.domain.model.servicecase.StepExecution;
import id.lintas.domain.model.servicecase.StepOutcome;
import id.lintas.domain.model.sop.Milestone;
import id.lintas.domain.model.sop.StepDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the resident whose application opened a case told, by the channel it came by, in the
 * transaction that moved the case (so nothing is told of a move rolled back): where the case
 * stands, the service deadline once the office finds the file complete, a file sent back to the
 * applicant to complete, with its reason, the signed documents when the case reaches {@link Milestone#DOCUMENTS_READY}, and
 * the end. It decides what happened; {@link ApplicantUpdate} observers (the WhatsApp and email
 * channels) word it and queue it.
 */
@ApplicationScoped
public class ApplicantUpdates {
    @Inject
    ServiceCaseRepository cases;

    @Inject
    IssuedDocumentRepository documents;

    @Inject
    Event<ApplicantUpdate> updates;

    void onMoved(@Observes CaseMoved moved) {
        if (moved.action() == AuditAction.CASE_OPENED) {
            return; // the channel that opened it tells the number itself
        }
        ServiceCase c = cases.find(moved.caseId()).orElseThrow();
        Optional<ApplicantContact> applicant = c.applicant();
        if (applicant.isEmpty() || moved.fromStep().equals(moved.toStep())) {
            return;
        }
        Optional<StepDefinition> step = c.currentStepDefinition();
        // sent back within the office (kasi to operator) is the office's business; sent back to the
        // applicant's own steps, the applicant completes the file
        boolean toApplicant = moved.action() == AuditAction.STEP_RETURNED && step.map(StepDefinition::byApplicant).orElse(false);
        String returned = toApplicant ? returnReason(c).orElse("-") : null;
        List<IssuedDocument> signed = moved.milestoneReached(c.definition()).filter(m -> m == Milestone.DOCUMENTS_READY)
                .map(m -> documents.ofCase(c.id()).stream().filter(d -> d.status() == IssuedDocumentStatus.SIGNED).toList())
                .orElse(List.of());
        updates.fire(new ApplicantUpdate(c.id(), c.caseNumber(), c.officeId(), applicant.get(),
                step.map(s -> s.activity().id()).orElse(null), step.map(s -> s.activity().en()).orElse(null),
                c.serviceDeadline().orElse(null), returned, signed.stream().map(IssuedDocument::id).toList(),
                c.status() != CaseStatus.OPEN, moved.at()));
    }

    /** The reason given with the latest return. */
    private static Optional<String> returnReason(ServiceCase c) {
        return c.executions().stream().filter(e -> e.outcome().orElse(null) == StepOutcome.RETURNED)
                .max(Comparator.comparing(e -> e.finishedAt().orElse(Instant.MIN))).flatMap(StepExecution::reason);
    }
}

package id.lintas.application.servicecase;

import id.lintas.domain.model.audit.AuditAction;
import id.lintas.domain.model.sop.Milestone;
import id.lintas.domain.model.sop.SopDefinition;
import id.lintas.domain.model.sop.StepDefinition;
import java.time.Instant;
import java.util.Optional;

/**
 * A case went from one step to another (opened, completed, returned, skipped), fired by
 * {@link CaseService} inside the transaction that moved it: an observer that writes (a courier
 * booking, a notification) commits or rolls back with the step. {@code fromStep} is empty for a
 * case just opened, {@code toStep} for a case just closed.
 */
public record CaseMoved(long caseId, String caseNumber, long officeId, Long institutionId, String sopCode, int sopVersion,
        AuditAction action, Optional<String> fromStep, Optional<String> toStep, String status, String actor, Instant at) {

    /** Whether the case now waits at {@code stepKey}, having just arrived there. */
    public boolean arrivedAt(String stepKey) {
        return toStep.filter(stepKey::equals).isPresent() && !fromStep.equals(toStep);
    }

    /**
     * The milestone the case reached with this move: it arrived at a step that marks one in
     * {@code sop}, the case's own SOP version ({@code "notifies"} in its definition file).
     */
    public Optional<Milestone> milestoneReached(SopDefinition sop) {
        return toStep.filter(this::arrivedAt).flatMap(sop::step).flatMap(StepDefinition::notifies);
    }

    /** Whether the case just left {@code stepKey} forward or back. */
    public boolean left(String stepKey) {
        return fromStep.filter(stepKey::equals).isPresent() && !fromStep.equals(toStep);
    }
}

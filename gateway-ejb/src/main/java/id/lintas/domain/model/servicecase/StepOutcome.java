package id.lintas.domain.model.servicecase;

public enum StepOutcome {
    /** Done, with its checklist complete. */
    COMPLETED,
    /** Done, and its completion is the performer's approval (a step that {@code approves}, e.g. the kadis's signing). */
    APPROVED,
    /** Sent back to an earlier step, with a reason. */
    RETURNED,
    /** A conditional step whose condition did not hold, with a reason. */
    SKIPPED
}

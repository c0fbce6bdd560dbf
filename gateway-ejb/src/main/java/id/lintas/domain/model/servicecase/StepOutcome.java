package id.lintas.domain.model.servicecase;

public enum StepOutcome {
    /** Done, with its checklist complete. */
    COMPLETED,
    /** Sent back to an earlier step, with a reason. */
    RETURNED,
    /** A conditional step whose condition did not hold, with a reason. */
    SKIPPED
}

package id.lintas.domain.model.servicecase;

public enum CaseStatus {
    /** Work in progress: a current step waits for its role. */
    OPEN,
    /** The last step is done; the case can no longer move. */
    COMPLETED
}

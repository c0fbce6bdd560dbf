package id.lintas.domain.model.sop;

/** How a step uses SIAK, the central population database, through the gateway. */
public enum SiakUse {
    /** The step compares the file's data with SIAK; it passes only when every field agrees. */
    COMPARE,
    /** Completing the step sends the data to SIAK (through the outbox). */
    SUBMIT
}

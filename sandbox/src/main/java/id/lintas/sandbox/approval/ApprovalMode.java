package id.lintas.sandbox.approval;

/** Who decides what a sandboxed system was asked to approve; see {@link ApprovalPolicy}. */
public enum ApprovalMode {
    /** The system decides by itself once a submission is {@code delayMs} old, as real SIAK does. */
    AUTO,
    /** Nothing is decided until someone calls the sandbox's approve or reject operation. */
    MANUAL
}

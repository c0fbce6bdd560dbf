package id.lintas.domain.model.sop;

/** What the items of a per-item step are. */
public enum ItemKind {
    /** A student of the school's batch (SMART KIDS). */
    STUDENT,
    /** A target resident (<i>sasaran</i>) of an outreach request (SI JARAN IJO). */
    TARGET
}

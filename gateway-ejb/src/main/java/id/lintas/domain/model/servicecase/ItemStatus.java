package id.lintas.domain.model.servicecase;

public enum ItemStatus {
    /** Goes through the per-item steps. */
    ACTIVE,
    /** Set aside and sent back (e.g. a student without akta kelahiran goes back to the school). */
    RETURNED
}

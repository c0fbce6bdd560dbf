package id.lintas.domain.model.servicecase;

/** How a person named in a case relates to it. */
public enum PersonRelation {
    /** Pemohon: who applies. */
    APPLICANT,
    /** The child whose birth is registered. */
    CHILD,
    MOTHER,
    FATHER,
    /** Pelapor: who reports the event. */
    REPORTER,
    /** Saksi. */
    WITNESS,
    OTHER
}

package id.lintas.domain.model.servicecase;

/** How a person named in a case relates to it. */
public enum PersonRelation {
    /** Pemohon: who applies. */
    APPLICANT,
    /** The child whose birth is registered. */
    CHILD,
    MOTHER,
    FATHER,
    /** The resident whose death is registered (akta kematian), with the date and place of death. */
    DECEASED,
    /** Pelapor: who reports the event. */
    REPORTER,
    /** Saksi. */
    WITNESS,
    OTHER
}

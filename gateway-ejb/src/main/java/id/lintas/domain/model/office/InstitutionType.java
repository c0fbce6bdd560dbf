package id.lintas.domain.model.office;

/** The kinds of outside bodies whose staff use the portal. */
public enum InstitutionType {
    /** Rumah sakit. */
    HOSPITAL,
    /** Puskesmas: community health centre. */
    PUSKESMAS,
    /** Courier service carrying the paper files (SELINTAS, LANDA MEWA). */
    COURIER,
    /** School collecting KIA applications (SMART KIDS). */
    SCHOOL,
    /** Village or kelurahan office (desa/kelurahan), e.g. requesting outreach (SI JARAN IJO). */
    VILLAGE
}

package id.lintas.domain.model.birthreport;

/** Penolong kelahiran: who assisted the birth. */
public enum BirthAttendant {
    /** Dokter. */
    DOCTOR("Dokter"),
    /** Bidan. */
    MIDWIFE("Bidan"),
    /** Perawat. */
    NURSE("Perawat"),
    /** Lainnya (family, traditional birth attendant). */
    OTHER("Lainnya");

    private final String indonesianName;

    BirthAttendant(String indonesianName) {
        this.indonesianName = indonesianName;
    }

    public String indonesianName() {
        return indonesianName;
    }
}

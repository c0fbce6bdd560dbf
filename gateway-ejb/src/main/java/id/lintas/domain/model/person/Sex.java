package id.lintas.domain.model.person;

import id.lintas.domain.shared.BusinessException;

/**
 * A person's sex (jenis kelamin) as SIAK records it in {@code JENIS_KLMIN}: {@code 1} = laki-laki
 * (male), {@code 2} = perempuan (female).
 */
public enum Sex {
    MALE("1", "LAKI-LAKI"),
    FEMALE("2", "PEREMPUAN");

    private final String siakCode;
    private final String indonesianName;

    Sex(String siakCode, String indonesianName) {
        this.siakCode = siakCode;
        this.indonesianName = indonesianName;
    }

    /** The {@code JENIS_KLMIN} code of SIAK. */
    public String siakCode() {
        return siakCode;
    }

    /** The name printed on Indonesian documents, e.g. {@code LAKI-LAKI}. */
    public String indonesianName() {
        return indonesianName;
    }

    /** The sex of a SIAK {@code JENIS_KLMIN} code ("1" or "2", surrounding blanks ignored). */
    public static Sex fromSiakCode(String code) {
        String trimmed = code == null ? "" : code.strip();
        for (Sex sex : values()) {
            if (sex.siakCode.equals(trimmed)) {
                return sex;
            }
        }
        throw new BusinessException("sex.siakCode.invalid", code);
    }
}

package id.lintas.sandbox.siak.model;

/**
 * Jenis kelamin (sex) as SIAK codes it in {@code JENIS_KLMIN}: {@code 1} laki-laki (male),
 * {@code 2} perempuan (female). A woman's NIK has 40 added to the day of birth.
 */
public enum Sex implements SiakTerm {
    MALE("1", "LAKI-LAKI"),
    FEMALE("2", "PEREMPUAN");

    private final String code;
    private final String label;

    Sex(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The {@code JENIS_KLMIN} code. */
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** The sex of a {@code JENIS_KLMIN} code ("1" or "2"), or {@code null}. */
    public static Sex ofCode(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.strip()) {
            case "1" -> MALE;
            case "2" -> FEMALE;
            default -> null;
        };
    }
}

package id.lintas.sandbox.siak.model;

/**
 * Status perkawinan ({@code STAT_KWN}): belum kawin (never married), kawin (married), cerai hidup
 * (divorced), cerai mati (widowed). Newer SIAK versions split KAWIN into KAWIN TERCATAT / KAWIN
 * BELUM TERCATAT; the sandbox keeps the four classic values.
 */
public enum MaritalStatus implements SiakTerm {
    SINGLE("BELUM KAWIN"),
    MARRIED("KAWIN"),
    DIVORCED("CERAI HIDUP"),
    WIDOWED("CERAI MATI");

    private final String label;

    MaritalStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

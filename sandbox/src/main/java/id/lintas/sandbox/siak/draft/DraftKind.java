package id.lintas.sandbox.siak.draft;

/**
 * What a draft asks SIAK to do ({@code JENIS}): register a birth (kelahiran) or correct a
 * resident's personal data (perubahan biodata). The prefix starts the draft's id.
 */
public enum DraftKind {
    KELAHIRAN("KLH"),
    PERUBAHAN_BIODATA("BIO");

    private final String idPrefix;

    DraftKind(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    public String idPrefix() {
        return idPrefix;
    }
}

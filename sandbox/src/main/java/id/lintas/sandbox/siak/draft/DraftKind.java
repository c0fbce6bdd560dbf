package id.lintas.sandbox.siak.draft;

/**
 * What a draft asks SIAK to do ({@code JENIS}): register a birth (kelahiran), correct a
 * resident's personal data (perubahan biodata) or register a death (kematian). The prefix starts
 * the draft's id.
 */
public enum DraftKind {
    KELAHIRAN("KLH"),
    PERUBAHAN_BIODATA("BIO"),
    KEMATIAN("KMT");

    private final String idPrefix;

    DraftKind(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    public String idPrefix() {
        return idPrefix;
    }
}

package id.lintas.sandbox.siak.model;

/**
 * SHDK, status hubungan dalam keluarga ({@code STAT_HBKEL}): a member's relation to the head of
 * the KK. Kepala keluarga = head of family, suami/istri = husband/wife, anak = child, menantu =
 * child-in-law, cucu = grandchild, orang tua = parent, mertua = parent-in-law, famili lain =
 * other relative, pembantu = domestic helper.
 */
public enum FamilyRelation implements SiakTerm {
    HEAD("KEPALA KELUARGA"),
    HUSBAND("SUAMI"),
    WIFE("ISTRI"),
    CHILD("ANAK"),
    CHILD_IN_LAW("MENANTU"),
    GRANDCHILD("CUCU"),
    PARENT("ORANG TUA"),
    PARENT_IN_LAW("MERTUA"),
    OTHER_RELATIVE("FAMILI LAIN"),
    HELPER("PEMBANTU"),
    OTHER("LAINNYA");

    private final String label;

    FamilyRelation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Head, husband or wife: the couple a newborn of theirs is the {@link #CHILD} of. */
    public boolean isHeadCouple() {
        return this == HEAD || this == HUSBAND || this == WIFE;
    }
}

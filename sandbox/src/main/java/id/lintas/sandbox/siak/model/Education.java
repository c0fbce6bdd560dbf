package id.lintas.sandbox.siak.model;

/**
 * Pendidikan terakhir ({@code PDDK_AKH}), the highest schooling completed, in SIAK's labels. SD =
 * primary school, SLTP = junior secondary, SLTA = senior secondary, Strata I/II/III =
 * bachelor/master/doctorate.
 */
public enum Education implements SiakTerm {
    NONE("TIDAK/BELUM SEKOLAH"),
    PRIMARY_UNFINISHED("BELUM TAMAT SD/SEDERAJAT"),
    PRIMARY("TAMAT SD/SEDERAJAT"),
    JUNIOR_SECONDARY("SLTP/SEDERAJAT"),
    SENIOR_SECONDARY("SLTA/SEDERAJAT"),
    DIPLOMA_1_2("DIPLOMA I/II"),
    DIPLOMA_3("AKADEMI/DIPLOMA III/S. MUDA"),
    BACHELOR("DIPLOMA IV/STRATA I"),
    MASTER("STRATA II"),
    DOCTORATE("STRATA III");

    private final String label;

    Education(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Diploma or university degree. */
    public boolean isHigher() {
        return compareTo(DIPLOMA_1_2) >= 0;
    }
}

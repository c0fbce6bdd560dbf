package id.lintas.sandbox.siak.model;

/** Agama (religion) with SIAK's spelling, e.g. {@code KATHOLIK}, {@code BUDHA}. */
public enum Religion implements SiakTerm {
    ISLAM("ISLAM"),
    PROTESTANT("KRISTEN"),
    CATHOLIC("KATHOLIK"),
    HINDU("HINDU"),
    BUDDHIST("BUDHA"),
    CONFUCIAN("KONGHUCU"),
    /** Kepercayaan terhadap Tuhan YME: the native belief systems recognised since 2017. */
    NATIVE_BELIEF("KEPERCAYAAN TERHADAP TUHAN YME");

    private final String label;

    Religion(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

package id.lintas.domain.model.birthreport;

/** What a scanned document sent with a birth report is. */
public enum ScanKind {
    /** Kartu Keluarga. */
    KK("Kartu Keluarga"),
    /** KTP-el of the mother. */
    MOTHER_ID("KTP-el ibu"),
    /** KTP-el of the father. */
    FATHER_ID("KTP-el ayah"),
    /** Buku nikah / akta perkawinan. */
    MARRIAGE_CERTIFICATE("Buku nikah / akta perkawinan"),
    /** Surat Pernyataan Tanggung Jawab Mutlak. */
    SPTJM("SPTJM"),
    /** The birth attendant's own letter, if the hospital has one already. */
    BIRTH_LETTER("Surat keterangan kelahiran"),
    OTHER("Lainnya");

    private final String label;

    ScanKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package id.lintas.domain.model.birthreport;

/**
 * How the parents' marriage is shown for the akta kelahiran: the marriage record (buku nikah or
 * akta perkawinan, with its number), or an SPTJM (Surat Pernyataan Tanggung Jawab Mutlak, a
 * sworn statement) that the couple are married; without either the akta names the mother only.
 */
public enum MarriageEvidence {
    MARRIAGE_CERTIFICATE,
    SPTJM,
    NONE
}

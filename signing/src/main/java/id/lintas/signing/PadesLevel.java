package id.lintas.signing;

import java.util.Locale;

/** The PAdES baseline levels of ETSI EN 319 142-1, each including the ones before it. */
public enum PadesLevel {
    /** Basic: a CAdES-detached signature with content-type, message-digest and signing-certificate-v2. */
    B_B,
    /** B-B with an RFC 3161 signature timestamp (unsigned attribute). */
    B_T,
    /** B-T with the certificates and CRLs needed to validate it in the document's {@code /DSS}. */
    B_LT,
    /** B-LT with a document timestamp ({@code ETSI.RFC3161}) over the {@code /DSS}. */
    B_LTA;

    /** "B-B", "B-T", "B-LT", "B-LTA". */
    public String label() {
        return name().replace('_', '-');
    }

    public boolean atLeast(PadesLevel other) {
        return compareTo(other) >= 0;
    }

    /** From "B-T", "b_t", "T", "lta", ... */
    public static PadesLevel parse(String text) {
        String normal = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (!normal.startsWith("B_")) {
            normal = "B_" + normal;
        }
        try {
            return valueOf(normal);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Tingkat tanda tangan tidak dikenal: " + text
                    + " (B-B, B-T, B-LT, B-LTA) / Unknown signature level: " + text, e);
        }
    }
}

package id.lintas.signing;

import java.util.Objects;

/**
 * How a signature shows on the page: invisible, or visible with a QR code (whose payload the caller
 * gives, e.g. the document's verification address), the signer, the time and the TTE footer text.
 * A visible appearance is created in the same revision as the signature, so the signature covers it.
 */
public sealed interface Appearance permits Appearance.Invisible, Appearance.Visible {
    /** The footer of a document signed electronically, before the issuer's name. */
    String FOOTER = "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik"
            + " yang diterbitkan oleh %s. Sesuai UU ITE Nomor 11 Tahun 2008 Pasal 5 ayat (1), informasi"
            + " elektronik dan/atau dokumen elektronik dan/atau hasil cetaknya merupakan alat bukti hukum yang sah.";

    static Appearance invisible() {
        return new Invisible();
    }

    /** On the last page, in the band along its bottom edge, with the standard footer. */
    static Visible visible(String qrPayload) {
        return new Visible(qrPayload, -1, null, null);
    }

    /** No appearance: a zero-size widget. */
    record Invisible() implements Appearance {
    }

    /**
     * @param qrPayload what the QR code encodes
     * @param page 0-based page index, -1 for the last page
     * @param box where on the page, in points from the bottom left; {@code null}: a 2.5 cm band
     *            along the bottom edge between 1.5 cm margins
     * @param footer the footer text; {@code null}: {@link #FOOTER} with the certificate issuer's
     *            organisation
     */
    record Visible(String qrPayload, int page, Box box, String footer) implements Appearance {
        public Visible {
            Objects.requireNonNull(qrPayload, "qrPayload");
            if (qrPayload.isBlank()) {
                throw new IllegalArgumentException("Isi kode QR kosong / The QR payload is empty");
            }
        }

        public Visible onPage(int index) {
            return new Visible(qrPayload, index, box, footer);
        }

        public Visible at(Box where) {
            return new Visible(qrPayload, page, where, footer);
        }

        public Visible withFooter(String text) {
            return new Visible(qrPayload, page, box, text);
        }
    }

    /** A rectangle on the page, in points (1/72 inch) from its bottom left corner. */
    record Box(float x, float y, float width, float height) {
        public Box {
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("Ukuran kotak tidak sah / Invalid box size");
            }
        }
    }
}

package id.lintas.infrastructure.documents;

import java.net.URI;
import java.time.ZonedDateTime;

/**
 * Who issues a civil-registry document and when: the Dinas Kependudukan dan Pencatatan Sipil of a
 * regency or city, its kepala dinas (kadis) who signs with a TTE (tanda tangan elektronik), and
 * the address at which anyone verifies the document, printed as a QR code. Immutable.
 *
 * @param regency e.g. {@code Kabupaten Blora} or {@code Kota Semarang}
 * @param city where documents are issued, e.g. {@code Blora}
 * @param kadis the signer, e.g. {@code Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora}
 * @param issuedAt when the document is issued: its date is printed, the instant is the PDF's
 *     creation date, so the same document renders to the same bytes
 * @param verificationUrl the http(s) address the QR code encodes
 */
public record CivilIssue(String regency, String city, Letter.Signer kadis, ZonedDateTime issuedAt,
        URI verificationUrl) {

    public CivilIssue {
        regency = Checks.required(regency, "regency (kabupaten/kota)");
        city = Checks.required(city, "city (tempat terbit)");
        Checks.present(kadis, "kadis (kepala dinas)");
        Checks.present(issuedAt, "issuedAt (tanggal terbit)");
        Checks.webAddress(verificationUrl, "verificationUrl (alamat verifikasi)");
    }

    /** E.g. "Blora, 24 November 2026". */
    String placeAndDate() {
        return city + ", " + Indonesian.date(issuedAt.toLocalDate());
    }
}

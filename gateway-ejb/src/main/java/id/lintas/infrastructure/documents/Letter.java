package id.lintas.infrastructure.documents;

import id.lintas.domain.model.person.Nik;
import java.net.URI;
import java.time.ZonedDateTime;

/**
 * What every letter (surat) of the institution has, whatever it says: the kop surat (letterhead
 * with the issuer's name and address), the nomor surat (the issuer's own number for the letter),
 * where and when it is signed, the signer, and the address at which the Dinas (Dinas Kependudukan
 * dan Pencatatan Sipil, the regency's civil-registration office) verifies it, printed as a QR
 * code. Immutable; refuses blank or missing parts.
 *
 * @param institution the issuer, printed as the kop surat
 * @param number the nomor surat, e.g. {@code 474.1/0123/RSUD/XI/2026}
 * @param issuedAt when the letter is signed: its date is the letter's date, and the instant is the
 *     PDF's creation date, so the same letter renders to the same bytes
 * @param signer who signs the letter
 * @param verificationUrl the http(s) address the QR code encodes
 */
public record Letter(Institution institution, String number, ZonedDateTime issuedAt, Signer signer,
        URI verificationUrl) {

    public Letter {
        Checks.present(institution, "institution (kop surat)");
        number = Checks.required(number, "number (nomor surat)");
        Checks.present(issuedAt, "issuedAt (tanggal surat)");
        Checks.present(signer, "signer (penanda tangan)");
        Checks.webAddress(verificationUrl, "verificationUrl (alamat verifikasi)");
    }

    /**
     * The issuer of a letter, a hospital (rumah sakit) or puskesmas (community health centre).
     *
     * @param authority the government above it, printed first in the kop surat, e.g.
     *     {@code PEMERINTAH KABUPATEN BLORA}; null or blank for a private hospital
     * @param name e.g. {@code RSUD Dr. R. Soetijono Blora}
     * @param address the street address, e.g. {@code Jl. Dr. Sutomo No. 42, Blora 58219}
     * @param contact telephone, e-mail, web site, or null
     * @param city where its letters are signed, e.g. {@code Blora}
     */
    public record Institution(String authority, String name, String address, String contact, String city) {
        public Institution {
            authority = Checks.optional(authority, "authority (instansi induk)");
            name = Checks.required(name, "institution name (nama instansi)");
            address = Checks.required(address, "institution address (alamat instansi)");
            contact = Checks.optional(contact, "contact (telepon/surel)");
            city = Checks.required(city, "city (tempat surat)");
        }
    }

    /**
     * Who signs a letter.
     *
     * @param position the jabatan (office held), e.g. {@code Direktur RSUD Dr. R. Soetijono Blora}
     * @param name the full name with titles, e.g. {@code dr. Ahmad Santoso, M.Kes.}
     * @param nip the NIP (Nomor Induk Pegawai) of a civil servant, 18 digits (spaces between groups
     *     are kept as given), or null for a signer without one
     */
    public record Signer(String position, String name, String nip) {
        public Signer {
            position = Checks.required(position, "signer position (jabatan)");
            name = Checks.required(name, "signer name (nama penanda tangan)");
            nip = Checks.optional(nip, "NIP");
            if (nip != null && !nip.replace(" ", "").matches("[0-9]{18}")) {
                throw new IllegalArgumentException("NIP must have 18 digits, not \"" + nip + "\"");
            }
        }
    }

    /**
     * A person the letter names with the NIK (Nomor Induk Kependudukan, the 16-digit national
     * identity number): a parent, the pelapor (the person reporting the birth), a saksi (witness).
     * Official letters show the NIK in full.
     */
    public record PersonRef(String name, Nik nik) {
        public PersonRef {
            name = Checks.required(name, "name (nama)");
            Checks.present(nik, "NIK of " + name);
        }

        /** The NIK as typed: spaces, dots and dashes between the digits are ignored; refused unless valid. */
        public PersonRef(String name, String nik) {
            this(name, Nik.of(nik));
        }
    }
}

package id.lintas.infrastructure.documents;

import java.util.List;

/**
 * The Surat Pengantar (cover letter) with which a hospital or puskesmas sends a birth's file
 * (berkas) to the Dinas, asking it to issue the child's NIK, KK, akta kelahiran and KIA (Kartu
 * Identitas Anak, child identity card). SELINTAS SOP step 4. It lists the lampiran (enclosures)
 * and names the pelapor and the two saksi. Immutable; refuses missing data.
 *
 * @param letter number, date, issuer, signer and verification address
 * @param addressee to whom the letter goes, e.g. {@link Addressee#DUKCAPIL_BLORA}
 * @param caseNumber the number of the case in Lintas the file belongs to
 * @param childName the name of the child the file is for
 * @param enclosures what is enclosed, in order, e.g. "Surat Keterangan Kelahiran", "KK asli",
 *     "Fotokopi buku nikah/akta perkawinan" or "SPTJM", "Fotokopi KTP-el ayah dan ibu"; at least one
 * @param reporter the pelapor
 * @param firstWitness saksi I
 * @param secondWitness saksi II
 */
public record CoverLetter(Letter letter, Addressee addressee, String caseNumber, String childName,
        List<String> enclosures, Letter.PersonRef reporter, Letter.PersonRef firstWitness,
        Letter.PersonRef secondWitness) {

    /** The perihal (subject) of the letter. */
    public static final String SUBJECT = "Pengajuan Penerbitan NIK, KK, Akta Kelahiran dan KIA";

    public CoverLetter {
        Checks.present(letter, "letter");
        Checks.present(addressee, "addressee (tujuan surat)");
        caseNumber = Checks.required(caseNumber, "caseNumber (nomor berkas)");
        childName = Checks.required(childName, "childName (nama anak)");
        Checks.present(enclosures, "enclosures (lampiran)");
        if (enclosures.isEmpty()) {
            throw new IllegalArgumentException("enclosures (lampiran) must name at least one document");
        }
        enclosures = enclosures.stream().map(item -> Checks.required(item, "enclosure (lampiran)")).toList();
        Checks.present(reporter, "reporter (pelapor)");
        Checks.present(firstWitness, "firstWitness (saksi I)");
        Checks.present(secondWitness, "secondWitness (saksi II)");
    }

    /**
     * The addressee of a letter: "Kepada Yth. {title} di {place}".
     *
     * @param title e.g. {@code Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora}
     * @param place the town the addressee sits in, e.g. {@code Blora}
     */
    public record Addressee(String title, String place) {
        /** The head of the Dinas of Kabupaten Blora (3316). */
        public static final Addressee DUKCAPIL_BLORA =
                new Addressee("Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora", "Blora");

        public Addressee {
            title = Checks.required(title, "addressee title (tujuan surat)");
            place = Checks.required(place, "addressee place (tempat tujuan)");
        }
    }
}

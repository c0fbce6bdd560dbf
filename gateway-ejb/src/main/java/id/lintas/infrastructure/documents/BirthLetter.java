package id.lintas.infrastructure.documents;

import id.lintas.domain.model.person.KkNumber;
import id.lintas.domain.model.person.Sex;
import java.math.BigDecimal;
import java.time.ZonedDateTime;

/**
 * The Surat Keterangan Kelahiran (SKL): the birth letter the hospital, puskesmas or midwife who
 * attended a birth issues, and the first document the Dinas needs for the child's NIK, KK and
 * akta kelahiran (birth certificate). SELINTAS SOP step 4. Immutable; refuses missing or
 * impossible data.
 *
 * @param letter number, date, issuer, signer and verification address
 * @param babyName nama bayi, the child's name
 * @param sex jenis kelamin
 * @param bornAt when the child was born, in the zone of the place of birth (WIB, WITA or WIT)
 * @param birthPlace tempat kelahiran, e.g. {@code RSUD Dr. R. Soetijono Blora}
 * @param babiesBorn jenis kelahiran: 1 for tunggal (single), 2 for kembar 2 (twins), 3 for kembar 3...
 * @param birthOrder kelahiran ke-: the how-manieth child of the mother this is, from 1
 * @param attendant penolong kelahiran, who delivered the child
 * @param weightGrams berat bayi in grams
 * @param lengthCm panjang bayi in centimetres
 * @param mother ibu, whose NIK must be a woman's
 * @param father ayah, whose NIK must be a man's; null when no father is recorded (e.g. the mother
 *     registers alone with an SPTJM, a statement of her own responsibility)
 * @param familyKk the number of the KK (Kartu Keluarga, family card) the child will join
 * @param address the family's address, or null
 */
public record BirthLetter(Letter letter, String babyName, Sex sex, ZonedDateTime bornAt, String birthPlace,
        int babiesBorn, int birthOrder, Attendant attendant, int weightGrams, BigDecimal lengthCm,
        Letter.PersonRef mother, Letter.PersonRef father, KkNumber familyKk, String address) {

    public BirthLetter {
        Checks.present(letter, "letter");
        babyName = Checks.required(babyName, "babyName (nama bayi)");
        Checks.present(sex, "sex (jenis kelamin)");
        Checks.present(bornAt, "bornAt (waktu lahir)");
        Indonesian.zone(bornAt);
        if (bornAt.toInstant().isAfter(letter.issuedAt().toInstant())) {
            throw new IllegalArgumentException("bornAt (waktu lahir) " + bornAt + " is after the letter's date "
                    + letter.issuedAt());
        }
        birthPlace = Checks.required(birthPlace, "birthPlace (tempat kelahiran)");
        Checks.between(babiesBorn, 1, 9, "babiesBorn (jenis kelahiran)");
        Checks.between(birthOrder, 1, 30, "birthOrder (kelahiran ke-)");
        Checks.present(attendant, "attendant (penolong kelahiran)");
        Checks.between(weightGrams, 200, 9000, "weightGrams (berat bayi)");
        Checks.present(lengthCm, "lengthCm (panjang bayi)");
        if (lengthCm.compareTo(BigDecimal.valueOf(15)) < 0 || lengthCm.compareTo(BigDecimal.valueOf(80)) > 0) {
            throw new IllegalArgumentException("lengthCm (panjang bayi) must be between 15 and 80, not " + lengthCm);
        }
        parent(mother, Sex.FEMALE, "mother (ibu)");
        if (father != null) {
            parent(father, Sex.MALE, "father (ayah)");
        }
        Checks.present(familyKk, "familyKk (nomor KK)");
        address = Checks.optional(address, "address (alamat)");
    }

    /** "Tunggal" for one child, "Kembar 2" for twins, "Kembar 3" for triplets... */
    public String birthKind() {
        return babiesBorn == 1 ? "Tunggal" : "Kembar " + babiesBorn;
    }

    private static void parent(Letter.PersonRef parent, Sex sex, String field) {
        Checks.present(parent, field);
        if (parent.nik().sex() != sex) {
            throw new IllegalArgumentException(field + ": the NIK " + parent.nik() + " of " + parent.name()
                    + " is not a " + (sex == Sex.FEMALE ? "woman's (40 added to the day of birth)" : "man's"));
        }
    }

    /**
     * The penolong kelahiran: who delivered the child.
     *
     * @param role dokter, bidan (midwife), perawat (nurse), dukun (traditional birth attendant) or other
     * @param name the name with titles, e.g. {@code dr. Ratna Dewi, Sp.OG}
     */
    public record Attendant(Role role, String name) {
        public Attendant {
            Checks.present(role, "attendant role (penolong kelahiran)");
            name = Checks.required(name, "attendant name (nama penolong)");
        }

        /** The kinds of birth attendant SIAK knows, with the word the letter prints. */
        public enum Role {
            DOCTOR("Dokter"), MIDWIFE("Bidan"), NURSE("Perawat"), TRADITIONAL("Dukun"), OTHER("Lainnya");

            private final String indonesianName;

            Role(String indonesianName) {
                this.indonesianName = indonesianName;
            }

            public String indonesianName() {
                return indonesianName;
            }
        }
    }
}

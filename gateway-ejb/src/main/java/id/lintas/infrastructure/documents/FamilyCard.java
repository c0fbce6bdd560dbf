package id.lintas.infrastructure.documents;

import id.lintas.domain.model.person.KkNumber;
import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.person.Sex;
import java.time.LocalDate;
import java.util.List;

/**
 * The Kartu Keluarga (KK, family card): the family's number, head and address, and its members.
 * Immutable; refuses missing required data. Facts SIAK does not give us (agama, pendidikan...) may
 * be null and are printed as "-".
 *
 * @param issue the Dinas, the kadis, the date and the verification address
 * @param number the nomor KK
 * @param headOfFamily nama kepala keluarga
 * @param address the family's address
 * @param members the members in the order the card lists them, at least one
 */
public record FamilyCard(CivilIssue issue, KkNumber number, String headOfFamily, Address address,
        List<Member> members) {

    /** Printed for a fact that is not known. */
    static final String UNKNOWN = "-";
    /** The rows of one printed page: a page of A4 landscape holds both tables for ten members. */
    static final int MEMBERS_PER_PAGE = 10;
    /** A larger family continues on further pages (numbering on), up to this many members. */
    static final int MAX_MEMBERS = 100;

    public FamilyCard {
        Checks.present(issue, "issue (penerbitan)");
        Checks.present(number, "number (nomor KK)");
        headOfFamily = Checks.required(headOfFamily, "headOfFamily (kepala keluarga)");
        Checks.present(address, "address (alamat)");
        Checks.present(members, "members (anggota keluarga)");
        if (members.isEmpty() || members.size() > MAX_MEMBERS) {
            throw new IllegalArgumentException("members (anggota keluarga) must number 1 to " + MAX_MEMBERS + ", not " + members.size());
        }
        members = List.copyOf(members);
    }

    /**
     * One member of the family.
     *
     * @param name nama lengkap
     * @param nik the member's NIK
     * @param sex jenis kelamin
     * @param birthPlace tempat lahir
     * @param birthDate tanggal lahir
     * @param religion agama, or null
     * @param education pendidikan, or null
     * @param occupation jenis pekerjaan, or null
     * @param maritalStatus status perkawinan, or null
     * @param relationship status hubungan dalam keluarga, e.g. {@code KEPALA KELUARGA}, {@code ANAK}
     * @param citizenship kewarganegaraan, or null for WNI
     * @param fatherName nama ayah, or null
     * @param motherName nama ibu, or null
     */
    public record Member(String name, Nik nik, Sex sex, String birthPlace, LocalDate birthDate, String religion,
            String education, String occupation, String maritalStatus, String relationship, String citizenship,
            String fatherName, String motherName) {

        public Member {
            name = Checks.required(name, "member name (nama lengkap)");
            Checks.present(nik, "member NIK");
            Checks.present(sex, "member sex (jenis kelamin)");
            birthPlace = Checks.required(birthPlace, "member birthPlace (tempat lahir)");
            Checks.present(birthDate, "member birthDate (tanggal lahir)");
            religion = known(religion, "religion (agama)");
            education = known(education, "education (pendidikan)");
            occupation = known(occupation, "occupation (jenis pekerjaan)");
            maritalStatus = known(maritalStatus, "maritalStatus (status perkawinan)");
            relationship = Checks.required(relationship, "relationship (status hubungan dalam keluarga)");
            citizenship = citizenship == null || citizenship.isBlank() ? "WNI"
                    : Checks.required(citizenship, "citizenship (kewarganegaraan)");
            fatherName = known(fatherName, "fatherName (nama ayah)");
            motherName = known(motherName, "motherName (nama ibu)");
        }

        private static String known(String value, String field) {
            String given = Checks.optional(value, field);
            return given == null ? UNKNOWN : given;
        }
    }
}

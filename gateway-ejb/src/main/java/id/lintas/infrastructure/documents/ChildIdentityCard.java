package id.lintas.infrastructure.documents;

import id.lintas.domain.model.person.KkNumber;
import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.person.Sex;
import java.time.LocalDate;
import java.time.Period;

/**
 * The KIA (Kartu Identitas Anak, child identity card, Permendagri 2/2016): issued to children under
 * 17, valid until the day the child turns 17. The card of a child under 5 has no photo; from 5 it
 * must have one. Immutable; refuses missing or impossible data.
 *
 * @param issue the Dinas, the kadis, the date and the verification address
 * @param nik the child's NIK
 * @param name the child's full name
 * @param birthPlace tempat lahir
 * @param birthDate tanggal lahir
 * @param sex jenis kelamin
 * @param kkNumber the nomor KK of the child's family
 * @param headOfFamily nama kepala keluarga
 * @param address the family's address
 * @param photo the photo, JPEG or PNG bytes, for a child of 5 or more; null for a younger child
 */
public record ChildIdentityCard(CivilIssue issue, Nik nik, String name, String birthPlace, LocalDate birthDate,
        Sex sex, KkNumber kkNumber, String headOfFamily, Address address, byte[] photo) {

    /** The age from which the KIA carries a photo. */
    public static final int PHOTO_FROM_AGE = 5;
    /** The age at which the KIA expires (the child then gets a KTP-el). */
    static final int ADULT_AGE = 17;

    public ChildIdentityCard {
        Checks.present(issue, "issue (penerbitan)");
        Checks.present(nik, "NIK");
        name = Checks.required(name, "name (nama)");
        birthPlace = Checks.required(birthPlace, "birthPlace (tempat lahir)");
        Checks.present(birthDate, "birthDate (tanggal lahir)");
        Checks.present(sex, "sex (jenis kelamin)");
        Checks.present(kkNumber, "kkNumber (nomor KK)");
        headOfFamily = Checks.required(headOfFamily, "headOfFamily (kepala keluarga)");
        Checks.present(address, "address (alamat)");
        LocalDate issuedOn = issue.issuedAt().toLocalDate();
        if (birthDate.isAfter(issuedOn) || !issuedOn.isBefore(birthDate.plusYears(ADULT_AGE))) {
            throw new IllegalArgumentException("birthDate (tanggal lahir) " + birthDate + ": a KIA is for a child"
                    + " under " + ADULT_AGE + " on the date of issue " + issuedOn);
        }
        int age = Period.between(birthDate, issuedOn).getYears();
        if (age < PHOTO_FROM_AGE && photo != null) {
            throw new IllegalArgumentException("photo (foto): the KIA of a child under " + PHOTO_FROM_AGE
                    + " has no photo");
        }
        if (age >= PHOTO_FROM_AGE && (photo == null || photo.length == 0)) {
            throw new IllegalArgumentException("photo (foto) is required for a child of " + PHOTO_FROM_AGE + " or more");
        }
        photo = photo == null ? null : photo.clone();
    }

    /** The day the card expires: the child's 17th birthday. */
    public LocalDate validUntil() {
        return birthDate.plusYears(ADULT_AGE);
    }

    /** A copy of the photo, or null. */
    @Override
    public byte[] photo() {
        return photo == null ? null : photo.clone();
    }
}

package id.lintas.infrastructure.documents;

import id.lintas.domain.model.document.DeedNumber;
import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.person.Sex;
import java.time.LocalDate;

/**
 * The Kutipan Akta Kelahiran (extract of the birth deed) the Dinas issues on plain A4 paper with a
 * QR code and the kadis's TTE (Permendagri 109/2019). Immutable; refuses missing or impossible data.
 *
 * @param issue the Dinas, the kadis, the date and the verification address
 * @param nik the child's NIK
 * @param deedNumber the nomor akta, e.g. {@code 3316-LU-24112026-0001}
 * @param childName the child's full name
 * @param bornOn the date of birth, not after the date of issue
 * @param birthPlace where the child was born, e.g. {@code Blora}
 * @param childOrder anak ke-: the how-manieth child of the mother, from 1
 * @param sex jenis kelamin
 * @param fatherName the father's name, or null when the deed names the mother only
 * @param motherName the mother's name
 */
public record BirthCertificate(CivilIssue issue, Nik nik, DeedNumber deedNumber, String childName, LocalDate bornOn,
        String birthPlace, int childOrder, Sex sex, String fatherName, String motherName) {

    public BirthCertificate {
        Checks.present(issue, "issue (penerbitan)");
        Checks.present(nik, "NIK");
        Checks.present(deedNumber, "deedNumber (nomor akta)");
        childName = Checks.required(childName, "childName (nama anak)");
        Checks.present(bornOn, "bornOn (tanggal lahir)");
        if (bornOn.isAfter(issue.issuedAt().toLocalDate())) {
            throw new IllegalArgumentException("bornOn (tanggal lahir) " + bornOn + " is after the date of issue");
        }
        birthPlace = Checks.required(birthPlace, "birthPlace (tempat lahir)");
        Checks.between(childOrder, 1, 30, "childOrder (anak ke-)");
        Checks.present(sex, "sex (jenis kelamin)");
        fatherName = Checks.optional(fatherName, "fatherName (nama ayah)");
        motherName = Checks.required(motherName, "motherName (nama ibu)");
    }
}

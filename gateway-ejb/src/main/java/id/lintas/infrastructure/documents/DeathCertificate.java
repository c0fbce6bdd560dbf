package id.lintas.infrastructure.documents;

import id.lintas.domain.model.document.CivilRegistryDeed;
import id.lintas.domain.model.document.DeedNumber;
import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.person.Sex;
import java.time.LocalDate;

/**
 * The Kutipan Akta Kematian (extract of the death deed) the Dinas issues on plain A4 paper with a
 * QR code and the kadis's TTE (Permendagri 109/2019), as the birth deed is. Immutable; refuses
 * missing or impossible data.
 *
 * @param issue the Dinas, the kadis, the date and the verification address
 * @param nik the deceased's NIK
 * @param deedNumber the nomor akta kematian, e.g. {@code 3316-KM-24112026-0001}
 * @param name the deceased's full name
 * @param sex jenis kelamin
 * @param birthPlace where the deceased was born, or null when SIAK does not say
 * @param bornOn the date of birth
 * @param diedOn the date of death, not before the birth nor after the date of issue
 * @param deathPlace where the death happened, e.g. {@code Blora}
 */
public record DeathCertificate(CivilIssue issue, Nik nik, DeedNumber deedNumber, String name, Sex sex, String birthPlace,
        LocalDate bornOn, LocalDate diedOn, String deathPlace) {

    public DeathCertificate {
        Checks.present(issue, "issue (penerbitan)");
        Checks.present(nik, "NIK");
        Checks.present(deedNumber, "deedNumber (nomor akta)");
        if (deedNumber.deed() != CivilRegistryDeed.DEATH) {
            throw new IllegalArgumentException("deedNumber (nomor akta) " + deedNumber.value() + " is not a death deed (KM)");
        }
        name = Checks.required(name, "name (nama)");
        Checks.present(sex, "sex (jenis kelamin)");
        birthPlace = Checks.optional(birthPlace, "birthPlace (tempat lahir)");
        Checks.present(bornOn, "bornOn (tanggal lahir)");
        Checks.present(diedOn, "diedOn (tanggal kematian)");
        if (diedOn.isBefore(bornOn)) {
            throw new IllegalArgumentException("diedOn (tanggal kematian) " + diedOn + " is before the birth, " + bornOn);
        }
        if (diedOn.isAfter(issue.issuedAt().toLocalDate())) {
            throw new IllegalArgumentException("diedOn (tanggal kematian) " + diedOn + " is after the date of issue");
        }
        deathPlace = Checks.required(deathPlace, "deathPlace (tempat kematian)");
    }
}

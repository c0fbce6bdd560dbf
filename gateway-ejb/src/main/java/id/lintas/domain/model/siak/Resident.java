package id.lintas.domain.model.siak;

import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.person.Sex;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A resident as the central population database (SIAK) records them: the fields the SOPs
 * compare with what an applicant submits.
 */
public record Resident(Nik nik, String kkNumber, String fullName, Sex sex, String birthPlace, LocalDate birthDate,
        String familyRelation, String motherNik, String fatherNik, String birthCertificateNumber) {

    public Optional<String> birthCertificate() {
        return Optional.ofNullable(birthCertificateNumber);
    }
}

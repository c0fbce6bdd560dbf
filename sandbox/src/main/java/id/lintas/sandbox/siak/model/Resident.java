package id.lintas.sandbox.siak.model;

import java.time.LocalDate;

/**
 * A penduduk (resident) as SIAK records one; the address is the KK's ({@link Family}). Names are
 * upper case as SIAK stores them. The parents' NIKs are set when they are residents too (always
 * for children registered with their parents); their names always. {@code birthCertificateNumber}
 * is the akta kelahiran number, {@code null} for those who never had one registered. A death
 * registered on SIAK sets {@code deathDate} and {@code deathCertificateNumber} (akta kematian); both
 * are {@code null} while the resident lives. A dead resident stays on SIAK (the NIK is never reused)
 * but is on no KK's member list; {@code kkNumber} is the last KK they were on.
 */
public record Resident(String nik, String kkNumber, String name, Sex sex, String birthPlace, LocalDate birthDate,
        Religion religion, MaritalStatus maritalStatus, FamilyRelation relation, Education education,
        Occupation occupation, String motherNik, String motherName, String fatherNik, String fatherName,
        String birthCertificateNumber, LocalDate deathDate, String deathCertificateNumber) {

    /** A living resident (no death registered). */
    public Resident(String nik, String kkNumber, String name, Sex sex, String birthPlace, LocalDate birthDate,
            Religion religion, MaritalStatus maritalStatus, FamilyRelation relation, Education education,
            Occupation occupation, String motherNik, String motherName, String fatherNik, String fatherName,
            String birthCertificateNumber) {
        this(nik, kkNumber, name, sex, birthPlace, birthDate, religion, maritalStatus, relation, education, occupation,
                motherNik, motherName, fatherNik, fatherName, birthCertificateNumber, null, null);
    }

    /** Whether a death is registered for this resident. */
    public boolean dead() {
        return deathDate != null;
    }

    /** The same person on another KK, with their relation to its head. */
    public Resident movedTo(String newKkNumber, FamilyRelation newRelation) {
        return new Resident(nik, newKkNumber, name, sex, birthPlace, birthDate, religion, maritalStatus, newRelation,
                education, occupation, motherNik, motherName, fatherNik, fatherName, birthCertificateNumber, deathDate,
                deathCertificateNumber);
    }

    /** The person after a biodata change (perubahan biodata) of the fields a change may touch. */
    public Resident withBiodata(String newName, String newBirthPlace, Religion newReligion, MaritalStatus newMaritalStatus,
            Education newEducation, Occupation newOccupation, String newMotherName, String newFatherName) {
        return new Resident(nik, kkNumber, newName, sex, newBirthPlace, birthDate, newReligion, newMaritalStatus,
                relation, newEducation, newOccupation, motherNik, newMotherName, fatherNik, newFatherName,
                birthCertificateNumber, deathDate, deathCertificateNumber);
    }

    /** The same person with another marital status (a surviving spouse becomes CERAI MATI). */
    public Resident withMaritalStatus(MaritalStatus newMaritalStatus) {
        return new Resident(nik, kkNumber, name, sex, birthPlace, birthDate, religion, newMaritalStatus, relation,
                education, occupation, motherNik, motherName, fatherNik, fatherName, birthCertificateNumber, deathDate,
                deathCertificateNumber);
    }

    /** The person after their death on {@code date} was registered under akta kematian {@code certificateNumber}. */
    public Resident died(LocalDate date, String certificateNumber) {
        return new Resident(nik, kkNumber, name, sex, birthPlace, birthDate, religion, maritalStatus, relation,
                education, occupation, motherNik, motherName, fatherNik, fatherName, birthCertificateNumber, date,
                certificateNumber);
    }
}

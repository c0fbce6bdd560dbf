package id.lintas.sandbox.siak.model;

import java.time.LocalDate;

/**
 * A penduduk (resident) as SIAK records one; the address is the KK's ({@link Family}). Names are
 * upper case as SIAK stores them. The parents' NIKs are set when they are residents too (always
 * for children registered with their parents); their names always. {@code birthCertificateNumber}
 * is the akta kelahiran number, {@code null} for those who never had one registered.
 */
public record Resident(String nik, String kkNumber, String name, Sex sex, String birthPlace, LocalDate birthDate,
        Religion religion, MaritalStatus maritalStatus, FamilyRelation relation, Education education,
        Occupation occupation, String motherNik, String motherName, String fatherNik, String fatherName,
        String birthCertificateNumber) {

    /** The same person on another KK, with their relation to its head. */
    public Resident movedTo(String newKkNumber, FamilyRelation newRelation) {
        return new Resident(nik, newKkNumber, name, sex, birthPlace, birthDate, religion, maritalStatus, newRelation,
                education, occupation, motherNik, motherName, fatherNik, fatherName, birthCertificateNumber);
    }

    /** The person after a biodata change (perubahan biodata) of the fields a change may touch. */
    public Resident withBiodata(String newName, String newBirthPlace, Religion newReligion, MaritalStatus newMaritalStatus,
            Education newEducation, Occupation newOccupation, String newMotherName, String newFatherName) {
        return new Resident(nik, kkNumber, newName, sex, newBirthPlace, birthDate, newReligion, newMaritalStatus,
                relation, newEducation, newOccupation, motherNik, newMotherName, fatherNik, newFatherName,
                birthCertificateNumber);
    }
}

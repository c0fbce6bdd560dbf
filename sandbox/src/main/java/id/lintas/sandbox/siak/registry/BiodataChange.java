package id.lintas.sandbox.siak.registry;

import id.lintas.sandbox.siak.model.Education;
import id.lintas.sandbox.siak.model.MaritalStatus;
import id.lintas.sandbox.siak.model.Occupation;
import id.lintas.sandbox.siak.model.Religion;
import id.lintas.sandbox.siak.model.Resident;

/**
 * A perubahan biodata (correction of a resident's personal data): the new values, {@code null}
 * for what stays. The NIK, sex and birth date (which the NIK encodes), the parents' NIKs, the KK
 * and the address are not changed this way.
 */
public record BiodataChange(String name, String birthPlace, Religion religion, MaritalStatus maritalStatus,
        Education education, Occupation occupation, String motherName, String fatherName) {

    public Resident applyTo(Resident resident) {
        return resident.withBiodata(or(name, resident.name()), or(birthPlace, resident.birthPlace()),
                or(religion, resident.religion()), or(maritalStatus, resident.maritalStatus()),
                or(education, resident.education()), or(occupation, resident.occupation()),
                or(motherName, resident.motherName()), or(fatherName, resident.fatherName()));
    }

    private static <T> T or(T value, T current) {
        return value != null ? value : current;
    }
}

package id.lintas.sandbox.siak.registry;

import id.lintas.sandbox.siak.model.Sex;
import java.time.LocalDate;

/**
 * A birth to register (pencatatan kelahiran): the baby and its parents by NIK. {@code fatherNik}
 * may be {@code null} (then {@code fatherName} may name a father who is not a resident);
 * {@code kkNumber} is the KK the baby joins, {@code null} for a new KK of the parents.
 */
public record Birth(String name, Sex sex, String birthPlace, LocalDate birthDate, String motherNik, String fatherNik,
        String fatherName, String kkNumber) {
}

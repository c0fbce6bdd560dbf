package id.lintas.sandbox.siak.registry;

import java.time.LocalDate;

/**
 * What a registered death produced: the deceased's NIK, the KK SIAK issued again without them
 * (same number), the date of death and the akta kematian number.
 */
public record DeathRecord(String nik, String kkNumber, LocalDate deathDate, String deathCertificateNumber) {
}

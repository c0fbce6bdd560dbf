package id.lintas.sandbox.siak.registry;

import java.time.LocalDate;

/**
 * A death to register (pencatatan kematian): the deceased by NIK, the date and place of death
 * (upper case, as SIAK stores places), the cause if the office gave one, and the reporter
 * (pelapor) by NIK, {@code null} when the office named none. {@code cause} is kept with the draft
 * only: SIAK prints no cause on the akta kematian.
 */
public record Death(String nik, LocalDate deathDate, String place, String cause, String reporterNik) {
}

package id.lintas.domain.service;

import id.lintas.domain.model.person.KkNumber;
import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.siak.Comparison;
import id.lintas.domain.model.siak.Family;
import id.lintas.domain.model.siak.Resident;
import java.util.Map;
import java.util.Optional;

/**
 * The central population database (SIAK) as the SOPs use it while a member of staff works:
 * synchronous, with a short timeout. When SIAK is slow or down these methods refuse at once with
 * the business error {@code siak.unavailable} ("SIAK sedang tidak tersedia"); they never hang.
 */
public interface PopulationRegistry {
    /** The resident with this NIK, or empty when SIAK knows none. */
    Optional<Resident> resident(Nik nik);

    /** The family SIAK keeps under this KK number, or empty when SIAK knows none. */
    Optional<Family> family(KkNumber kk);

    /** Compares submitted fields (SIAK's own names: NAMA_LGKP, TGL_LHR, ...) with SIAK's record of the NIK. */
    Comparison compare(Nik nik, Map<String, String> submitted);
}

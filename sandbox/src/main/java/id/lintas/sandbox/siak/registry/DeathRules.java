package id.lintas.sandbox.siak.registry;

import id.lintas.sandbox.siak.model.Resident;
import id.lintas.sandbox.siak.model.SiakDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What SIAK checks against its data before it registers a death: the deceased is a resident it
 * knows and whose death is not registered yet; the death is neither after today nor before the
 * birth; a reporter, if named, is another resident it knows, alive. A death registered between a
 * draft's submission and its decision makes a second draft for the same NIK fail here.
 */
final class DeathRules {
    private DeathRules() {
    }

    static List<Problem> check(Death death, Registry registry, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (death.deathDate().isAfter(today)) {
            problems.add(new Problem("TGL_KMT", "Tanggal kematian tidak boleh melewati tanggal hari ini."));
        }
        Resident deceased = registry.resident(death.nik());
        if (deceased == null) {
            problems.add(new Problem("NIK", "NIK " + death.nik() + " tidak terdaftar di SIAK."));
        } else if (deceased.dead()) {
            problems.add(deadProblem("NIK", deceased, "kematiannya sudah dicatat"));
        } else if (death.deathDate().isBefore(deceased.birthDate())) {
            problems.add(new Problem("TGL_KMT", "Tanggal kematian tidak boleh sebelum tanggal lahir ("
                    + SiakDates.format(deceased.birthDate()) + ")."));
        }
        if (death.reporterNik() != null) {
            Resident reporter = registry.resident(death.reporterNik());
            if (death.reporterNik().equals(death.nik())) {
                problems.add(new Problem("NIK_PELAPOR", "Pelapor tidak boleh penduduk yang meninggal itu sendiri."));
            } else if (reporter == null) {
                problems.add(new Problem("NIK_PELAPOR", "NIK pelapor " + death.reporterNik() + " tidak terdaftar di SIAK."));
            } else if (reporter.dead()) {
                problems.add(deadProblem("NIK_PELAPOR", reporter, "tidak dapat menjadi pelapor"));
            }
        }
        return problems;
    }

    /** "Penduduk dengan NIK ... sudah meninggal pada dd-MM-yyyy (akta kematian ...): {@code consequence}." */
    static Problem deadProblem(String field, Resident resident, String consequence) {
        return new Problem(field, "Penduduk dengan NIK " + resident.nik() + " sudah meninggal pada "
                + SiakDates.format(resident.deathDate()) + " (akta kematian " + resident.deathCertificateNumber() + "): "
                + consequence + ".");
    }
}

package id.lintas.sandbox.siak.registry;

import id.lintas.sandbox.siak.model.Family;
import id.lintas.sandbox.siak.model.FamilyRelation;
import id.lintas.sandbox.siak.model.Resident;
import id.lintas.sandbox.siak.model.Sex;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What SIAK checks against its data before it registers a birth: the mother is a woman it knows,
 * aged 10-60 at the birth; a father, if named by NIK, is a man it knows, at least 12; the birth is
 * not in the future; the KK, if given, exists and lists the mother or the father; without a KK the
 * parents leave their KKs for a new one (pecah KK), which the head or spouse of a KK with other
 * members cannot do.
 */
final class BirthRules {
    private BirthRules() {
    }

    static List<Problem> check(Birth birth, Registry registry, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (birth.birthDate().isAfter(today)) {
            problems.add(new Problem("TGL_LHR", "Tanggal lahir tidak boleh melewati tanggal hari ini."));
        }
        Resident mother = registry.resident(birth.motherNik());
        if (mother == null) {
            problems.add(new Problem("NIK_IBU", "NIK ibu " + birth.motherNik() + " tidak terdaftar di SIAK."));
        } else if (mother.sex() != Sex.FEMALE) {
            problems.add(new Problem("NIK_IBU", "NIK ibu " + birth.motherNik() + " terdaftar sebagai laki-laki."));
        } else {
            ageProblem(mother, birth.birthDate(), 10, 60, "NIK_IBU", "ibu").ifPresent(problems::add);
        }
        Resident father = null;
        if (birth.fatherNik() != null) {
            father = registry.resident(birth.fatherNik());
            if (father == null) {
                problems.add(new Problem("NIK_AYAH", "NIK ayah " + birth.fatherNik() + " tidak terdaftar di SIAK."));
            } else if (father.sex() != Sex.MALE) {
                problems.add(new Problem("NIK_AYAH", "NIK ayah " + birth.fatherNik() + " terdaftar sebagai perempuan."));
            } else {
                ageProblem(father, birth.birthDate(), 12, 90, "NIK_AYAH", "ayah").ifPresent(problems::add);
            }
        }
        if (birth.kkNumber() != null) {
            Family family = registry.family(birth.kkNumber());
            if (family == null) {
                problems.add(new Problem("NO_KK", "Nomor KK " + birth.kkNumber() + " tidak terdaftar di SIAK."));
            } else if (!family.memberNiks().contains(birth.motherNik())
                    && (birth.fatherNik() == null || !family.memberNiks().contains(birth.fatherNik()))) {
                problems.add(new Problem("NO_KK", "Ibu maupun ayah bukan anggota KK " + birth.kkNumber() + "."));
            }
        } else {
            for (Resident parent : new Resident[] {mother, father}) {
                if (parent != null && parent.sex() == (parent == mother ? Sex.FEMALE : Sex.MALE)) {
                    splitProblem(parent, registry).ifPresent(problems::add);
                }
            }
        }
        return problems;
    }

    private static Optional<Problem> ageProblem(Resident parent, LocalDate birthDate, int min, int max,
            String field, String who) {
        if (!birthDate.isAfter(parent.birthDate())) {
            return Optional.of(new Problem(field, "Tanggal lahir anak tidak boleh sebelum tanggal lahir " + who + "."));
        }
        long age = ChronoUnit.YEARS.between(parent.birthDate(), birthDate);
        if (age < min || age > max) {
            return Optional.of(new Problem(field, "Usia " + who + " pada tanggal kelahiran (" + age
                    + " tahun) tidak wajar: harus " + min + " sampai " + max + " tahun."));
        }
        return Optional.empty();
    }

    private static Optional<Problem> splitProblem(Resident parent, Registry registry) {
        FamilyRelation relation = parent.relation();
        Family family = registry.family(parent.kkNumber());
        boolean alone = family != null && family.memberNiks().size() == 1;
        if (relation.isHeadCouple() && !alone) {
            return Optional.of(new Problem("NO_KK", (parent.sex() == Sex.FEMALE ? "Ibu" : "Ayah") + " tercatat sebagai "
                    + relation.label() + " pada KK " + parent.kkNumber()
                    + " yang masih memiliki anggota lain: isi NO_KK untuk menambahkan anak ke KK tersebut."));
        }
        return Optional.empty();
    }
}

package id.lintas.sandbox.siak.population;

import id.lintas.sandbox.siak.model.Address;
import id.lintas.sandbox.siak.model.Blora;
import id.lintas.sandbox.siak.model.Education;
import id.lintas.sandbox.siak.model.Family;
import id.lintas.sandbox.siak.model.Religion;
import id.lintas.sandbox.siak.model.Resident;
import id.lintas.sandbox.siak.model.Sex;
import id.lintas.sandbox.siak.model.Village;
import id.lintas.sandbox.siak.numbering.NumberIssuer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates the residents of Kabupaten Blora, family by family, from a seed: the same seed and
 * size give the same people, numbers and addresses, whatever the day or machine (all dates are
 * counted up to the fixed {@link #DATA_AS_OF}, never the clock).
 *
 * <p>Each household ({@link HouseholdComposer}) gets a village, RW and RT, a NIK for every member
 * issued in the village's district, a KK number issued after its youngest member's birth (and
 * not before 2008, when 16-digit KKs were general), and for most members an akta kelahiran
 * number: nearly all born since 2010, fewer the older they are (15 % of those born before 1975),
 * registered by the regency of birth (Blora's 3316, or e.g. Grobogan's 3315 for a spouse born
 * there), on time ({@code LU}) or late ({@code LT}).
 */
public final class PopulationGenerator {
    /** The date the generated data describes. */
    public static final LocalDate DATA_AS_OF = LocalDate.of(2025, 12, 31);
    private static final LocalDate FIRST_KK_ISSUE = LocalDate.of(2008, 1, 1);
    private static final LocalDate FIRST_LATE_REGISTRATION = LocalDate.of(1985, 1, 1);
    private static final Map<String, String> REGENCY_OF_BIRTHPLACE = Map.of("BLORA", Blora.REGENCY_CODE,
            "GROBOGAN", "3315", "REMBANG", "3317", "PATI", "3318", "KUDUS", "3319", "BOJONEGORO", "3522",
            "NGAWI", "3521", "SURABAYA", "3578", "SEMARANG", "3374");

    private final SplittableRandom random;
    private final HouseholdComposer composer;
    private final PersonDetails details;
    private final NumberIssuer issuer = new NumberIssuer();
    private final List<Village> villages = Blora.villages();

    private PopulationGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        this.composer = new HouseholdComposer(random, DATA_AS_OF);
        this.details = new PersonDetails(random, DATA_AS_OF);
    }

    /** Exactly {@code residents} residents in families. */
    public static Population generate(long seed, int residents) {
        if (residents < 1) {
            throw new IllegalArgumentException("residents must be at least 1: " + residents);
        }
        long started = System.nanoTime();
        PopulationGenerator generator = new PopulationGenerator(seed);
        List<Family> families = new ArrayList<>(residents / 3);
        List<Resident> people = new ArrayList<>(residents);
        while (people.size() < residents) {
            families.add(generator.household(generator.composer.compose(residents - people.size()), people));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Population(seed, DATA_AS_OF, List.copyOf(families), List.copyOf(people), generator.issuer, millis);
    }

    private Family household(List<MemberPlan> members, List<Resident> into) {
        Village village = villages.get(random.nextInt(villages.size()));
        int rw = 1 + random.nextInt(village.rwCount());
        int rt = 1 + random.nextInt(village.rtPerRw().get(rw - 1));
        String locality = village.localities().get(rw - 1);
        String street = village.urban() ? locality + " NO. " + (1 + random.nextInt(150)) : locality;
        Address address = new Address(street, rt, rw, village);
        String districtCode = village.district().code();

        LocalDate youngest = members.get(0).birthDate;
        for (MemberPlan member : members) {
            member.nik = issuer.nik(districtCode, member.birthDate, member.sex == Sex.FEMALE);
            if (member.birthDate.isAfter(youngest)) {
                youngest = member.birthDate;
            }
        }
        String kkNumber = issuer.kkNumber(districtCode, kkIssueDate(youngest));
        Religion religion = details.religion();
        List<String> niks = new ArrayList<>(members.size());
        for (MemberPlan member : members) {
            Education education = details.education(member.birthDate);
            into.add(new Resident(member.nik, kkNumber, member.name, member.sex, member.birthPlace, member.birthDate,
                    religion, member.maritalStatus, member.relation, education,
                    details.occupation(member.sex, member.birthDate, education),
                    member.mother == null ? null : member.mother.nik, member.motherName(),
                    member.father == null ? null : member.father.nik, member.fatherName(),
                    birthCertificate(member)));
            niks.add(member.nik);
        }
        return new Family(kkNumber, address, niks);
    }

    private LocalDate kkIssueDate(LocalDate youngestBirth) {
        LocalDate from = youngestBirth.isAfter(FIRST_KK_ISSUE) ? youngestBirth : FIRST_KK_ISSUE;
        LocalDate to = from.plusYears(3).isAfter(DATA_AS_OF) ? DATA_AS_OF : from.plusYears(3);
        return between(from, to);
    }

    private String birthCertificate(MemberPlan member) {
        LocalDate birth = member.birthDate;
        int year = birth.getYear();
        int chance = year >= 2010 ? 97 : year >= 2000 ? 85 : year >= 1990 ? 60 : year >= 1975 ? 40 : 15;
        if (random.nextInt(100) >= chance) {
            return null;
        }
        boolean onTime = random.nextInt(100) < (year >= 2005 ? 80 : 25);
        LocalDate lateFrom = birth.plusDays(61).isAfter(FIRST_LATE_REGISTRATION) ? birth.plusDays(61) : FIRST_LATE_REGISTRATION;
        LocalDate registered;
        if (onTime || lateFrom.isAfter(DATA_AS_OF)) {
            registered = birth.plusDays(random.nextInt(60));
            if (registered.isAfter(DATA_AS_OF)) {
                registered = DATA_AS_OF;
            }
        } else {
            LocalDate lateTo = lateFrom.plusYears(15).isAfter(DATA_AS_OF) ? DATA_AS_OF : lateFrom.plusYears(15);
            registered = between(lateFrom, lateTo);
        }
        boolean late = ChronoUnit.DAYS.between(birth, registered) > 60;
        return issuer.birthCertificate(REGENCY_OF_BIRTHPLACE.getOrDefault(member.birthPlace, Blora.REGENCY_CODE), late,
                registered);
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }
}

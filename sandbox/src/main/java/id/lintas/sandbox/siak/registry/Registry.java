package id.lintas.sandbox.siak.registry;

import id.lintas.sandbox.siak.model.Address;
import id.lintas.sandbox.siak.model.Blora;
import id.lintas.sandbox.siak.model.Education;
import id.lintas.sandbox.siak.model.Family;
import id.lintas.sandbox.siak.model.FamilyRelation;
import id.lintas.sandbox.siak.model.MaritalStatus;
import id.lintas.sandbox.siak.model.Occupation;
import id.lintas.sandbox.siak.model.Resident;
import id.lintas.sandbox.siak.model.Sex;
import id.lintas.sandbox.siak.numbering.NumberIssuer;
import id.lintas.sandbox.siak.population.Population;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The in-memory SIAK database of the regency: residents by NIK, families (KK) by number.
 * Residents and families are immutable values replaced on change, so reads take no lock;
 * changes (a registered birth or death, a biodata change) are serialised by one lock, which also keeps
 * the {@link NumberIssuer}'s serials and the rules checked at that moment consistent.
 */
public final class Registry {
    private static final long LATE_AFTER_DAYS = 60;
    private final Map<String, Resident> residents;
    private final Map<String, Family> families;
    private final Map<String, Address> closedFamilyAddresses = new ConcurrentHashMap<>();
    private final List<String> generatedFamilyOrder;
    private final NumberIssuer issuer;
    private final Object writeLock = new Object();

    public Registry(Population population) {
        this.issuer = population.issuer();
        this.residents = new ConcurrentHashMap<>(population.residents().size() * 2);
        this.families = new ConcurrentHashMap<>(population.families().size() * 2);
        population.residents().forEach(resident -> residents.put(resident.nik(), resident));
        List<String> order = new ArrayList<>(population.families().size());
        population.families().forEach(family -> {
            families.put(family.kkNumber(), family);
            order.add(family.kkNumber());
        });
        this.generatedFamilyOrder = List.copyOf(order);
    }

    public Resident resident(String nik) {
        return nik == null ? null : residents.get(nik);
    }

    public Family family(String kkNumber) {
        return kkNumber == null ? null : families.get(kkNumber);
    }

    /**
     * The address of the KK the resident is on (for the dead: was last on, which may be gone once
     * its living members left it for a new KK).
     */
    public Address addressOf(Resident resident) {
        Family family = families.get(resident.kkNumber());
        return family != null ? family.address() : closedFamilyAddresses.get(resident.kkNumber());
    }

    public int residentCount() {
        return residents.size();
    }

    public int familyCount() {
        return families.size();
    }

    /** The KK numbers of the generated population in the order they were made (for samples). */
    public List<String> generatedFamilyOrder() {
        return generatedFamilyOrder;
    }

    /** Every family now, by KK number (for exports). */
    public Stream<Family> familiesByNumber() {
        return families.keySet().stream().sorted().map(families::get).filter(Objects::nonNull);
    }

    /** The problems SIAK would find registering {@code birth} now (empty when it would register it). */
    public List<Problem> birthProblems(Birth birth, LocalDate today) {
        return BirthRules.check(birth, this, today);
    }

    /**
     * Registers a birth on {@code registeredOn}: a NIK for the baby in the mother's district, the
     * baby on the KK (a new KK for the parents when none is given), an akta kelahiran number
     * ({@code LU}, or {@code LT} when registered more than 60 days after the birth).
     *
     * @throws Refusal when the rules of {@link BirthRules} fail at this moment
     */
    public BirthRecord registerBirth(Birth birth, LocalDate registeredOn) {
        synchronized (writeLock) {
            Refusal.ifAny(BirthRules.check(birth, this, registeredOn));
            Resident mother = residents.get(birth.motherNik());
            Resident father = birth.fatherNik() == null ? null : residents.get(birth.fatherNik());
            boolean newFamily = birth.kkNumber() == null;
            Family family = newFamily ? null : families.get(birth.kkNumber());
            String kkNumber = newFamily
                    ? issuer.kkNumber(addressOf(mother).district().code(), registeredOn)
                    : family.kkNumber();
            String nik = issuer.nik(mother.nik().substring(0, 6), birth.birthDate(), birth.sex() == Sex.FEMALE);
            boolean late = ChronoUnit.DAYS.between(birth.birthDate(), registeredOn) > LATE_AFTER_DAYS;
            String certificate = issuer.birthCertificate(Blora.REGENCY_CODE, late, registeredOn);

            FamilyRelation relation = newFamily ? FamilyRelation.CHILD : relationOfChild(family, mother, father);
            Resident baby = new Resident(nik, kkNumber, birth.name(), birth.sex(), birth.birthPlace(), birth.birthDate(),
                    mother.religion(), MaritalStatus.SINGLE, relation, Education.NONE, Occupation.NONE, mother.nik(),
                    mother.name(), father == null ? null : father.nik(),
                    father == null ? birth.fatherName() : father.name(), certificate);
            residents.put(nik, baby);
            if (newFamily) {
                splitIntoNewFamily(kkNumber, addressOf(mother), mother, father, nik);
            } else {
                families.put(kkNumber, families.get(kkNumber).withMember(nik));
            }
            return new BirthRecord(nik, kkNumber, newFamily, certificate);
        }
    }

    /** A resident before and after a change. */
    public record Changed(Resident before, Resident after) {
    }

    /**
     * Applies a biodata change to a resident.
     *
     * @throws Refusal when the resident is unknown or dead ({@link #biodataProblem})
     */
    public Changed changeBiodata(String nik, BiodataChange change) {
        synchronized (writeLock) {
            Resident resident = residents.get(nik);
            if (resident == null) {
                throw new Refusal("DATA_TIDAK_DITEMUKAN", List.of(new Problem("NIK", "NIK " + nik + " tidak terdaftar di SIAK.")));
            }
            Problem problem = biodataProblem(resident);
            if (problem != null) {
                throw new Refusal("VALIDASI_GAGAL", List.of(problem));
            }
            Resident changed = change.applyTo(resident);
            residents.put(nik, changed);
            return new Changed(resident, changed);
        }
    }

    /** Why SIAK would not change this resident's biodata now (they are dead), or {@code null}. */
    public static Problem biodataProblem(Resident resident) {
        return resident.dead() ? DeathRules.deadProblem("NIK", resident, "biodatanya tidak dapat diubah") : null;
    }

    /** The problems SIAK would find registering {@code death} now (empty when it would register it). */
    public List<Problem> deathProblems(Death death, LocalDate today) {
        return DeathRules.check(death, this, today);
    }

    /**
     * Registers a death on {@code registeredOn}: an akta kematian number ({@code KM}), the resident
     * marked dead (kept on SIAK, never on a KK again) and their KK issued again without them, same
     * number. A surviving husband or wife becomes CERAI MATI; when the head died the first spouse
     * on the card becomes the head, else the KK has no head until the family names one. A KK whose
     * last member died is closed, like a KK its members all left (the dead keep its address).
     *
     * @throws Refusal when the rules of {@link DeathRules} fail at this moment
     */
    public DeathRecord registerDeath(Death death, LocalDate registeredOn) {
        synchronized (writeLock) {
            Refusal.ifAny(DeathRules.check(death, this, registeredOn));
            Resident deceased = residents.get(death.nik());
            String certificate = issuer.deathCertificate(Blora.REGENCY_CODE, registeredOn);
            residents.put(deceased.nik(), deceased.died(death.deathDate(), certificate));
            Family family = families.get(deceased.kkNumber()).withoutMember(deceased.nik());
            if (family.memberNiks().isEmpty()) {
                closedFamilyAddresses.put(family.kkNumber(), family.address());
                families.remove(family.kkNumber());
            } else {
                families.put(family.kkNumber(), withoutDeceased(family, deceased));
            }
            return new DeathRecord(deceased.nik(), family.kkNumber(), death.deathDate(), certificate);
        }
    }

    /** The KK after {@code deceased} left it: the surviving spouses widowed, a spouse as head if the head died. */
    private Family withoutDeceased(Family family, Resident deceased) {
        List<Resident> spouses = new ArrayList<>();
        List<Resident> others = new ArrayList<>();
        for (String nik : family.memberNiks()) {
            Resident member = residents.get(nik);
            boolean spouse = deceased.relation() == FamilyRelation.HEAD
                    ? member.relation() == FamilyRelation.HUSBAND || member.relation() == FamilyRelation.WIFE
                    : deceased.relation().isHeadCouple() && member.relation() == FamilyRelation.HEAD;
            (spouse ? spouses : others).add(member);
        }
        boolean otherSpouse = deceased.relation() != FamilyRelation.HEAD
                && others.stream().anyMatch(m -> m.relation() == FamilyRelation.HUSBAND || m.relation() == FamilyRelation.WIFE);
        for (Resident spouse : spouses) {
            if (spouse.maritalStatus() == MaritalStatus.MARRIED && !otherSpouse) {
                residents.put(spouse.nik(), spouse.withMaritalStatus(MaritalStatus.WIDOWED));
            }
        }
        if (deceased.relation() != FamilyRelation.HEAD || spouses.isEmpty()) {
            return family;
        }
        Resident head = residents.get(spouses.get(0).nik());
        residents.put(head.nik(), head.movedTo(family.kkNumber(), FamilyRelation.HEAD));
        List<String> members = new ArrayList<>(family.memberNiks());
        members.remove(head.nik());
        members.add(0, head.nik());
        return new Family(family.kkNumber(), family.address(), members);
    }

    private static FamilyRelation relationOfChild(Family family, Resident mother, Resident father) {
        Resident parent = family.memberNiks().contains(mother.nik()) ? mother : father;
        FamilyRelation parentRelation = parent.relation();
        if (parentRelation.isHeadCouple()) {
            return FamilyRelation.CHILD;
        }
        if (parentRelation == FamilyRelation.CHILD || parentRelation == FamilyRelation.CHILD_IN_LAW) {
            return FamilyRelation.GRANDCHILD;
        }
        return FamilyRelation.OTHER_RELATIVE;
    }

    /** Pecah KK: the parents leave their KKs for a new one at the mother's address, the father as head if named. */
    private void splitIntoNewFamily(String kkNumber, Address address, Resident mother, Resident father, String babyNik) {
        List<String> members = new ArrayList<>(3);
        if (father != null) {
            members.add(father.nik());
        }
        members.add(mother.nik());
        members.add(babyNik);
        families.put(kkNumber, new Family(kkNumber, address, members));
        if (father != null) {
            move(father, kkNumber, FamilyRelation.HEAD);
        }
        move(mother, kkNumber, father != null ? FamilyRelation.WIFE : FamilyRelation.HEAD);
    }

    private void move(Resident parent, String newKkNumber, FamilyRelation relation) {
        String oldKkNumber = parent.kkNumber();
        residents.put(parent.nik(), parent.movedTo(newKkNumber, relation));
        Family old = families.get(oldKkNumber).withoutMember(parent.nik());
        if (old.memberNiks().isEmpty()) {
            closedFamilyAddresses.put(oldKkNumber, old.address());
            families.remove(oldKkNumber);
        } else {
            families.put(oldKkNumber, old);
        }
    }
}

package id.lintas.sandbox.siak.population;

import static id.lintas.sandbox.siak.model.FamilyRelation.CHILD;
import static id.lintas.sandbox.siak.model.FamilyRelation.CHILD_IN_LAW;
import static id.lintas.sandbox.siak.model.FamilyRelation.GRANDCHILD;
import static id.lintas.sandbox.siak.model.FamilyRelation.HEAD;
import static id.lintas.sandbox.siak.model.FamilyRelation.HUSBAND;
import static id.lintas.sandbox.siak.model.FamilyRelation.OTHER_RELATIVE;
import static id.lintas.sandbox.siak.model.FamilyRelation.PARENT;
import static id.lintas.sandbox.siak.model.FamilyRelation.PARENT_IN_LAW;
import static id.lintas.sandbox.siak.model.FamilyRelation.WIFE;
import static id.lintas.sandbox.siak.model.MaritalStatus.DIVORCED;
import static id.lintas.sandbox.siak.model.MaritalStatus.MARRIED;
import static id.lintas.sandbox.siak.model.MaritalStatus.SINGLE;
import static id.lintas.sandbox.siak.model.MaritalStatus.WIDOWED;
import static id.lintas.sandbox.siak.model.Sex.FEMALE;
import static id.lintas.sandbox.siak.model.Sex.MALE;

import id.lintas.sandbox.siak.model.FamilyRelation;
import id.lintas.sandbox.siak.model.MaritalStatus;
import id.lintas.sandbox.siak.model.Sex;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans the members of one household (one KK) with ages that fit their roles:
 * <ul>
 * <li>a couple aged 20-60 with their children (58 %), sometimes with a widowed parent of one of
 * them (ORANG TUA or MERTUA, 10 %) or another relative (FAMILI LAIN, 3 %); in 2 % of couples the
 * wife is the head and the husband is SUAMI;</li>
 * <li>three generations (8 %): grandparents as head and wife, a married child with their spouse
 * (MENANTU) and grandchildren (CUCU), sometimes younger unmarried children;</li>
 * <li>a widowed or divorced parent with children (12 %);</li>
 * <li>one person (9 %): a young unmarried adult or an elderly widow or widower.</li>
 * </ul>
 * Mothers are 19-43 at each birth and fathers at least 20; children 30 or older (and half of
 * those over 23) have moved out to a KK of their own. Ages are counted at the data date.
 */
final class HouseholdComposer {
    private static final String HOME = "BLORA";
    private static final String[] ELSEWHERE = {"GROBOGAN", "REMBANG", "PATI", "KUDUS", "BOJONEGORO", "NGAWI",
        "SURABAYA", "SEMARANG"};
    private static final Weighted<Integer> CHILDREN = Weighted.of(0, 8, 1, 20, 2, 36, 3, 22, 4, 9, 5, 5);
    private static final Weighted<Integer> GRANDCHILDREN = Weighted.of(0, 15, 1, 40, 2, 30, 3, 15);

    private enum Extra { NONE, ELDER, RELATIVE }

    private final SplittableRandom random;
    private final LocalDate asOf;
    private final NameBank names;

    HouseholdComposer(SplittableRandom random, LocalDate asOf) {
        this.random = random;
        this.asOf = asOf;
        this.names = new NameBank(random);
    }

    /** The members of a household of at most {@code maxMembers}, head first, in KK order. */
    List<MemberPlan> compose(int maxMembers) {
        for (int attempt = 0; attempt < 20; attempt++) {
            List<MemberPlan> members = composeAny();
            if (members.size() <= maxMembers) {
                return members;
            }
        }
        return single();
    }

    private List<MemberPlan> composeAny() {
        int roll = random.nextInt(100);
        if (roll < 58) {
            return couple(Extra.NONE);
        } else if (roll < 68) {
            return couple(Extra.ELDER);
        } else if (roll < 76) {
            return threeGenerations();
        } else if (roll < 88) {
            return singleParent();
        } else if (roll < 97) {
            return single();
        }
        return couple(Extra.RELATIVE);
    }

    private List<MemberPlan> couple(Extra extra) {
        int husbandAge = between(22, 60);
        int wifeAge = random.nextInt(100) < 8 ? husbandAge + between(1, 3) : husbandAge - random.nextInt(8);
        wifeAge = Math.max(20, Math.min(60, wifeAge));
        boolean wifeIsHead = random.nextInt(100) < 2;
        MemberPlan husband = adult(wifeIsHead ? HUSBAND : HEAD, MALE, husbandAge, MARRIED, 15);
        MemberPlan wife = adult(wifeIsHead ? HEAD : WIFE, FEMALE, wifeAge, MARRIED, 20);
        MemberPlan head = wifeIsHead ? wife : husband;
        MemberPlan spouse = wifeIsHead ? husband : wife;
        List<MemberPlan> members = new ArrayList<>();
        members.add(head);
        members.add(spouse);
        members.addAll(children(wife, husband, CHILDREN.pick(random), null, CHILD));
        if (extra == Extra.ELDER) {
            boolean headsParent = random.nextInt(100) < 60;
            MemberPlan elder = elderParentOf(headsParent ? head : spouse, headsParent ? PARENT : PARENT_IN_LAW);
            if (elder != null) {
                members.add(elder);
            }
        } else if (extra == Extra.RELATIVE) {
            members.add(person(OTHER_RELATIVE, random.nextBoolean() ? MALE : FEMALE, birthAtAge(between(8, 25)), SINGLE, 10));
        }
        return members;
    }

    private List<MemberPlan> threeGenerations() {
        int marriedChildAge = between(20, 35);
        LocalDate marriedChildBirth = birthAtAge(marriedChildAge);
        LocalDate grandmotherBirth = marriedChildBirth.minusYears(between(19, 32)).minusDays(random.nextInt(365));
        LocalDate grandfatherBirth = grandmotherBirth.minusYears(random.nextInt(8)).minusDays(random.nextInt(365));
        MemberPlan grandfather = person(HEAD, MALE, grandfatherBirth, MARRIED, 10);
        MemberPlan grandmother = person(WIFE, FEMALE, grandmotherBirth, MARRIED, 20);

        Sex marriedChildSex = random.nextBoolean() ? MALE : FEMALE;
        MemberPlan marriedChild = person(CHILD, marriedChildSex, marriedChildBirth, MARRIED, 4);
        marriedChild.mother = grandmother;
        marriedChild.father = grandfather;
        List<MemberPlan> children = new ArrayList<>();
        children.add(marriedChild);
        children.addAll(children(grandmother, grandfather, random.nextInt(3), marriedChildBirth.plusDays(540), CHILD));
        children.sort(Comparator.comparing(plan -> plan.birthDate));

        int spouseAge = marriedChildSex == MALE ? marriedChildAge - random.nextInt(5) : marriedChildAge + random.nextInt(6);
        MemberPlan childInLaw = adult(CHILD_IN_LAW, marriedChildSex == MALE ? FEMALE : MALE, Math.max(19, spouseAge),
                MARRIED, 25);
        MemberPlan youngMother = marriedChildSex == FEMALE ? marriedChild : childInLaw;
        MemberPlan youngFather = marriedChildSex == MALE ? marriedChild : childInLaw;

        List<MemberPlan> members = new ArrayList<>();
        members.add(grandfather);
        members.add(grandmother);
        members.addAll(children);
        members.add(childInLaw);
        members.addAll(children(youngMother, youngFather, GRANDCHILDREN.pick(random), null, GRANDCHILD));
        return members;
    }

    private List<MemberPlan> singleParent() {
        Sex sex = random.nextInt(100) < 70 ? FEMALE : MALE;
        MaritalStatus status = random.nextInt(100) < 60 ? WIDOWED : DIVORCED;
        MemberPlan head = adult(HEAD, sex, between(25, 65), status, 10);
        LocalDate otherBirth = sex == FEMALE ? head.birthDate.minusYears(random.nextInt(8))
                : head.birthDate.plusYears(random.nextInt(6));
        MemberPlan absent = absentParent(sex == FEMALE ? MALE : FEMALE, otherBirth);
        List<MemberPlan> members = new ArrayList<>();
        members.add(head);
        members.addAll(children(sex == FEMALE ? head : absent, sex == FEMALE ? absent : head,
                Math.max(1, CHILDREN.pick(random)), null, CHILD));
        return members;
    }

    private List<MemberPlan> single() {
        if (random.nextBoolean()) {
            return List.of(adult(HEAD, random.nextBoolean() ? MALE : FEMALE, between(18, 35), SINGLE, 10));
        }
        return List.of(adult(HEAD, random.nextInt(100) < 75 ? FEMALE : MALE, between(60, 90), WIDOWED, 5));
    }

    /**
     * Children of {@code mother} and {@code father} (either may be absent, i.e. not a member), the
     * first born when the mother is 19-27, then every 1.5-6.5 years while she is under 43 and the
     * date has passed; grown-up children may have left.
     */
    private List<MemberPlan> children(MemberPlan mother, MemberPlan father, int wanted, LocalDate notBefore,
            FamilyRelation relation) {
        LocalDate earliest = mother.birthDate.plusYears(19);
        if (father != null && father.birthDate.plusYears(20).isAfter(earliest)) {
            earliest = father.birthDate.plusYears(20);
        }
        if (notBefore != null && notBefore.isAfter(earliest)) {
            earliest = notBefore;
        }
        LocalDate latest = mother.birthDate.plusYears(43);
        if (latest.isAfter(asOf)) {
            latest = asOf;
        }
        List<MemberPlan> children = new ArrayList<>();
        LocalDate next = earliest.plusDays(random.nextInt(365 * 8));
        for (int i = 0; i < wanted && !next.isAfter(latest); i++) {
            int age = age(next);
            boolean movedOut = age >= 30 || (age >= 23 && random.nextBoolean());
            if (!movedOut) {
                MemberPlan child = person(relation, random.nextInt(100) < 51 ? MALE : FEMALE, next, SINGLE, 4);
                link(child, mother, father);
                children.add(child);
            }
            next = next.plusDays(540 + random.nextInt(365 * 5));
        }
        return children;
    }

    private void link(MemberPlan child, MemberPlan mother, MemberPlan father) {
        if (mother.relation != null) {
            child.mother = mother;
        } else {
            child.motherName = mother.name;
        }
        if (father.relation != null) {
            child.father = father;
        } else {
            child.fatherName = father.name;
        }
    }

    /** A widowed parent of {@code child} living with them, or {@code null} when they would be over 95. */
    private MemberPlan elderParentOf(MemberPlan child, FamilyRelation relation) {
        Sex sex = random.nextInt(100) < 70 ? FEMALE : MALE;
        LocalDate birth = child.birthDate.minusYears(between(20, 38)).minusDays(random.nextInt(365));
        if (age(birth) > 95) {
            return null;
        }
        MemberPlan elder = person(relation, sex, birth, WIDOWED, 5);
        if (sex == FEMALE) {
            child.mother = elder;
        } else {
            child.father = elder;
        }
        return elder;
    }

    private MemberPlan adult(FamilyRelation relation, Sex sex, int age, MaritalStatus status, int bornElsewherePercent) {
        return person(relation, sex, birthAtAge(age), status, bornElsewherePercent);
    }

    /** A person whose parents are not members (only their names are known) until linked otherwise. */
    private MemberPlan person(FamilyRelation relation, Sex sex, LocalDate birth, MaritalStatus status,
            int bornElsewherePercent) {
        String place = random.nextInt(100) < bornElsewherePercent ? ELSEWHERE[random.nextInt(ELSEWHERE.length)] : HOME;
        MemberPlan plan = new MemberPlan(relation, sex, birth, status, names.name(sex, birth.getYear()), place);
        plan.motherName = names.name(FEMALE, birth.getYear() - 25);
        plan.fatherName = names.name(MALE, birth.getYear() - 28);
        return plan;
    }

    /** A parent who is not a member of the household: only a name and an age for the plan. */
    private MemberPlan absentParent(Sex sex, LocalDate birth) {
        return new MemberPlan(null, sex, birth, null, names.name(sex, birth.getYear()), HOME);
    }

    private LocalDate birthAtAge(int age) {
        return asOf.minusYears(age).minusDays(random.nextInt(365));
    }

    private int age(LocalDate birthDate) {
        return (int) ChronoUnit.YEARS.between(birthDate, asOf);
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}

package id.lintas.sandbox.siak.population;

import static id.lintas.sandbox.siak.model.Education.BACHELOR;
import static id.lintas.sandbox.siak.model.Education.DIPLOMA_1_2;
import static id.lintas.sandbox.siak.model.Education.DIPLOMA_3;
import static id.lintas.sandbox.siak.model.Education.JUNIOR_SECONDARY;
import static id.lintas.sandbox.siak.model.Education.MASTER;
import static id.lintas.sandbox.siak.model.Education.PRIMARY;
import static id.lintas.sandbox.siak.model.Education.PRIMARY_UNFINISHED;
import static id.lintas.sandbox.siak.model.Education.SENIOR_SECONDARY;
import static id.lintas.sandbox.siak.model.Occupation.CIVIL_SERVANT;
import static id.lintas.sandbox.siak.model.Occupation.DAY_LABOURER;
import static id.lintas.sandbox.siak.model.Occupation.DRIVER;
import static id.lintas.sandbox.siak.model.Occupation.ENTREPRENEUR;
import static id.lintas.sandbox.siak.model.Occupation.FARMER;
import static id.lintas.sandbox.siak.model.Occupation.FARM_LABOURER;
import static id.lintas.sandbox.siak.model.Occupation.HOMEMAKER;
import static id.lintas.sandbox.siak.model.Occupation.LIVESTOCK_FARMER;
import static id.lintas.sandbox.siak.model.Occupation.MASON;
import static id.lintas.sandbox.siak.model.Occupation.PRIVATE_EMPLOYEE;
import static id.lintas.sandbox.siak.model.Occupation.STATE_COMPANY_EMPLOYEE;
import static id.lintas.sandbox.siak.model.Occupation.TEACHER;
import static id.lintas.sandbox.siak.model.Occupation.TRADER;
import static id.lintas.sandbox.siak.model.Occupation.VILLAGE_OFFICIAL;

import id.lintas.sandbox.siak.model.Education;
import id.lintas.sandbox.siak.model.Occupation;
import id.lintas.sandbox.siak.model.Religion;
import id.lintas.sandbox.siak.model.Sex;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Religion, schooling and occupation drawn to look like a rural Central Javanese regency: about
 * 98 % Muslim, most adults with primary or secondary schooling (more for the young), farming,
 * trade and labour the common occupations, homemaking for many women, civil service and teaching
 * for graduates.
 */
final class PersonDetails {
    private static final Weighted<Religion> RELIGIONS = Weighted.of(Religion.ISLAM, 9780, Religion.PROTESTANT, 120,
            Religion.CATHOLIC, 80, Religion.BUDDHIST, 10, Religion.HINDU, 5, Religion.CONFUCIAN, 3,
            Religion.NATIVE_BELIEF, 2);
    private static final Weighted<Education> SCHOOLING_YOUNG = Weighted.of(PRIMARY_UNFINISHED, 1, PRIMARY, 14,
            JUNIOR_SECONDARY, 25, SENIOR_SECONDARY, 42, DIPLOMA_1_2, 3, DIPLOMA_3, 4, BACHELOR, 10, MASTER, 1);
    private static final Weighted<Education> SCHOOLING_MIDDLE = Weighted.of(Education.NONE, 2, PRIMARY_UNFINISHED, 5,
            PRIMARY, 33, JUNIOR_SECONDARY, 25, SENIOR_SECONDARY, 25, DIPLOMA_1_2, 2, DIPLOMA_3, 3, BACHELOR, 5);
    private static final Weighted<Education> SCHOOLING_OLD = Weighted.of(Education.NONE, 10, PRIMARY_UNFINISHED, 20,
            PRIMARY, 43, JUNIOR_SECONDARY, 12, SENIOR_SECONDARY, 10, DIPLOMA_1_2, 1, DIPLOMA_3, 1, BACHELOR, 3);
    private static final Weighted<Occupation> MEN = Weighted.of(FARMER, 30, ENTREPRENEUR, 14, DAY_LABOURER, 12,
            PRIVATE_EMPLOYEE, 12, TRADER, 6, FARM_LABOURER, 9, DRIVER, 4, MASON, 4, VILLAGE_OFFICIAL, 1,
            STATE_COMPANY_EMPLOYEE, 1, LIVESTOCK_FARMER, 3, Occupation.NONE, 4);
    private static final Weighted<Occupation> WOMEN = Weighted.of(HOMEMAKER, 38, FARMER, 18, TRADER, 10,
            ENTREPRENEUR, 8, PRIVATE_EMPLOYEE, 8, DAY_LABOURER, 6, FARM_LABOURER, 5, Occupation.NONE, 7);
    private static final Weighted<Occupation> GRADUATE_MEN = Weighted.of(CIVIL_SERVANT, 18, TEACHER, 14,
            PRIVATE_EMPLOYEE, 25, ENTREPRENEUR, 14, STATE_COMPANY_EMPLOYEE, 6, Occupation.ARMY, 3, Occupation.POLICE, 4,
            VILLAGE_OFFICIAL, 5, FARMER, 11);
    private static final Weighted<Occupation> GRADUATE_WOMEN = Weighted.of(TEACHER, 25, CIVIL_SERVANT, 15,
            Occupation.MIDWIFE, 8, Occupation.NURSE, 8, PRIVATE_EMPLOYEE, 20, ENTREPRENEUR, 10, HOMEMAKER, 14);
    private static final Weighted<Occupation> ELDER_MEN = Weighted.of(FARMER, 45, Occupation.NONE, 40, TRADER, 8,
            FARM_LABOURER, 7);
    private static final Weighted<Occupation> ELDER_WOMEN = Weighted.of(HOMEMAKER, 35, Occupation.NONE, 30,
            FARMER, 25, TRADER, 10);

    private final SplittableRandom random;
    private final LocalDate asOf;

    PersonDetails(SplittableRandom random, LocalDate asOf) {
        this.random = random;
        this.asOf = asOf;
    }

    Religion religion() {
        return RELIGIONS.pick(random);
    }

    int age(LocalDate birthDate) {
        return (int) ChronoUnit.YEARS.between(birthDate, asOf);
    }

    Education education(LocalDate birthDate) {
        int age = age(birthDate);
        if (age < 5) {
            return Education.NONE;
        }
        if (age < 7) {
            return random.nextInt(100) < 60 ? Education.NONE : PRIMARY_UNFINISHED;
        }
        if (age <= 12) {
            return PRIMARY_UNFINISHED;
        }
        if (age <= 15) {
            return PRIMARY;
        }
        if (age <= 18) {
            return JUNIOR_SECONDARY;
        }
        int year = birthDate.getYear();
        return (year >= 1990 ? SCHOOLING_YOUNG : year >= 1970 ? SCHOOLING_MIDDLE : SCHOOLING_OLD).pick(random);
    }

    Occupation occupation(Sex sex, LocalDate birthDate, Education education) {
        int age = age(birthDate);
        boolean male = sex == Sex.MALE;
        if (age < 5) {
            return Occupation.NONE;
        }
        if (age <= 18 || (age <= 23 && education.compareTo(SENIOR_SECONDARY) >= 0 && random.nextInt(100) < 45)) {
            return Occupation.STUDENT;
        }
        if (age >= 60) {
            if (education.isHigher() && random.nextInt(100) < 60) {
                return Occupation.RETIRED;
            }
            return (male ? ELDER_MEN : ELDER_WOMEN).pick(random);
        }
        if (education.isHigher()) {
            return (male ? GRADUATE_MEN : GRADUATE_WOMEN).pick(random);
        }
        return (male ? MEN : WOMEN).pick(random);
    }
}

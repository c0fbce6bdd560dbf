package id.lintas.sandbox.siak.population;

import id.lintas.sandbox.siak.model.FamilyRelation;
import id.lintas.sandbox.siak.model.MaritalStatus;
import id.lintas.sandbox.siak.model.Sex;
import java.time.LocalDate;

/**
 * One member of a household being planned, before numbers are issued: who they are in the family
 * and who their parents are (a member of the same household, or just a name when the parent is
 * not a resident of this KK).
 */
final class MemberPlan {
    final FamilyRelation relation;
    final Sex sex;
    final LocalDate birthDate;
    final MaritalStatus maritalStatus;
    final String name;
    final String birthPlace;
    MemberPlan mother;
    MemberPlan father;
    String motherName;
    String fatherName;
    String nik;

    MemberPlan(FamilyRelation relation, Sex sex, LocalDate birthDate, MaritalStatus maritalStatus, String name,
            String birthPlace) {
        this.relation = relation;
        this.sex = sex;
        this.birthDate = birthDate;
        this.maritalStatus = maritalStatus;
        this.name = name;
        this.birthPlace = birthPlace;
    }

    String motherName() {
        return mother != null ? mother.name : motherName;
    }

    String fatherName() {
        return father != null ? father.name : fatherName;
    }
}

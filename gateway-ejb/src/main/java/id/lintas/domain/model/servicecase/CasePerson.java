package id.lintas.domain.model.servicecase;

import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.person.Sex;
import id.lintas.domain.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person a case concerns: the applicant, the child, the parents, the deceased (with the date and
 * place of death), the reporter, witnesses.
 */
@Embeddable
public class CasePerson {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PersonRelation relation;

    @Column(length = 16)
    private String nik;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 6)
    private Sex sex;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "birth_place", length = 80)
    private String birthPlace;

    @Column(name = "died_on")
    private LocalDate diedOn;

    @Column(name = "death_place", length = 80)
    private String deathPlace;

    protected CasePerson() {
    }

    /** A person; the NIK may be missing (a newborn has none yet), and must fit the sex when both are known. */
    public CasePerson(PersonRelation relation, Nik nik, String name, Sex sex, LocalDate birthDate) {
        this(relation, nik, name, sex, birthDate, null);
    }

    /** A person with a place of birth (the child of a birth registration). */
    public CasePerson(PersonRelation relation, Nik nik, String name, Sex sex, LocalDate birthDate, String birthPlace) {
        this.relation = Objects.requireNonNull(relation);
        if (name == null || name.isBlank()) {
            throw new BusinessException("case.person.nameRequired");
        }
        if (nik != null && sex != null && birthDate != null) {
            nik.requireConsistentWith(sex, birthDate);
        }
        this.nik = nik == null ? null : nik.value();
        this.name = name.strip();
        this.sex = sex;
        this.birthDate = birthDate;
        this.birthPlace = birthPlace == null || birthPlace.isBlank() ? null : birthPlace.strip();
    }

    /**
     * The resident whose death the case registers: known to SIAK by the NIK, with the date and
     * place of death (the akta kematian's facts); refused in both languages when one is missing.
     */
    public static CasePerson deceased(Nik nik, String name, LocalDate diedOn, String deathPlace) {
        if (nik == null) {
            throw new BusinessException("case.person.deceasedNikRequired");
        }
        if (diedOn == null || deathPlace == null || deathPlace.isBlank()) {
            throw new BusinessException("case.person.deathDataRequired", name == null ? "" : name);
        }
        CasePerson p = new CasePerson(PersonRelation.DECEASED, nik, name, null, null, null);
        p.diedOn = diedOn;
        p.deathPlace = deathPlace.strip();
        return p;
    }

    public PersonRelation relation() {
        return relation;
    }

    public Optional<Nik> nik() {
        return Optional.ofNullable(nik).map(Nik::new);
    }

    public String name() {
        return name;
    }

    public Optional<Sex> sex() {
        return Optional.ofNullable(sex);
    }

    public Optional<String> birthPlace() {
        return Optional.ofNullable(birthPlace);
    }

    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    /** The date of death of the {@link PersonRelation#DECEASED}. */
    public Optional<LocalDate> diedOn() {
        return Optional.ofNullable(diedOn);
    }

    /** Where the {@link PersonRelation#DECEASED} died. */
    public Optional<String> deathPlace() {
        return Optional.ofNullable(deathPlace);
    }
}

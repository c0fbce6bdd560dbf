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

/** A person a case concerns: the applicant, the child, the parents, the reporter, witnesses. */
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
}

package id.lintas.application.servicecase;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a performer of a SOP's first step enters to open a case: the SOP, the partner institution
 * the case concerns (office staff choose it; a partner's own is used otherwise), a subject (usually the
 * applicant's or the child's name), the persons concerned and, for per-item SOPs, the items.
 */
public record OpenCaseRequest(String sopCode, Long institutionId, String subject, String familyKk, List<Person> persons,
        List<Item> items, String caseNumber, List<String> documents) implements Serializable {

    /**
     * A case with the number given ({@code null}: the office's next) that applies for no particular
     * document; {@code documents} names {@link id.lintas.domain.model.document.DocumentType}s otherwise.
     */
    public OpenCaseRequest(String sopCode, Long institutionId, String subject, String familyKk, List<Person> persons,
            List<Item> items, String caseNumber) {
        this(sopCode, institutionId, subject, familyKk, persons, items, caseNumber, List.of());
    }

    /** A case that takes the next number of its office. */
    public OpenCaseRequest(String sopCode, Long institutionId, String subject, String familyKk, List<Person> persons,
            List<Item> items) {
        this(sopCode, institutionId, subject, familyKk, persons, items, null);
    }

    /**
     * A person concerned; {@code nik} may be blank (a newborn has none yet); the deceased
     * ({@code DECEASED}) has the date and place of death.
     */
    public record Person(String relation, String nik, String name, String sex, LocalDate birthDate, String birthPlace,
            LocalDate diedOn, String deathPlace) implements Serializable {
        public Person(String relation, String nik, String name, String sex, LocalDate birthDate, String birthPlace) {
            this(relation, nik, name, sex, birthDate, birthPlace, null, null);
        }

        public Person(String relation, String nik, String name, String sex, LocalDate birthDate) {
            this(relation, nik, name, sex, birthDate, null);
        }
    }

    /** A student or a target resident; {@code nik} may be blank. */
    public record Item(String label, String nik) implements Serializable {
    }
}

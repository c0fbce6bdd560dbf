package id.lintas.domain.model.birthreport;

import java.io.Serializable;
import java.util.List;

/**
 * A birth report as a channel received it (REST, SOAP or the hospital portal), nothing checked
 * yet: texts and numbers as sent, {@code null} for what is missing. {@link BirthReportData#validate}
 * turns it into a report or into the list of what is wrong with it.
 */
public record BirthReportForm(String reference, Birth birth, Child child, Person mother, Person father, String familyKk,
        Marriage marriage, Person reporter, List<Person> witnesses, List<Scan> scans, Contact contact) implements Serializable {

    /** A report without the family's contact. */
    public BirthReportForm(String reference, Birth birth, Child child, Person mother, Person father, String familyKk,
            Marriage marriage, Person reporter, List<Person> witnesses, List<Scan> scans) {
        this(reference, birth, child, mother, father, familyKk, marriage, reporter, witnesses, scans, null);
    }

    /** How the parents are told that the documents are ready (both optional). */
    public record Contact(String email, String phone) implements Serializable {
    }

    /** dateTime as ISO-8601 with an offset ({@code 2026-11-23T08:15:00+07:00}) or local to the office. */
    public record Birth(String dateTime, String place, String attendant, String attendantName, Integer weightGrams,
            Integer lengthCm, Integer birthOrder, String multiplicity) implements Serializable {
    }

    public record Child(String name, String sex) implements Serializable {
    }

    public record Person(String nik, String name) implements Serializable {
    }

    public record Marriage(String evidence, String number) implements Serializable {
    }

    /** A scanned document: its kind, the file name the hospital gave it and the bytes. */
    public record Scan(String kind, String fileName, byte[] content) implements Serializable {
    }
}

package id.lintas.domain.model.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A day off for the whole country: a national public holiday (hari libur nasional) or a collective
 * leave day (cuti bersama), with its name in Bahasa Indonesia and English.
 */
public record Holiday(LocalDate date, Kind kind, String nameId, String nameEn) implements Serializable {

    /** Why the offices are closed that day. */
    public enum Kind {
        /** Hari libur nasional, set by law or by the joint ministerial decree (SKB 3 Menteri). */
        HOLIDAY,
        /** Cuti bersama: collective leave for civil servants set by the same decree. */
        CUTI_BERSAMA
    }

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (nameId == null || nameId.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException("A holiday needs both names: " + date);
        }
    }
}

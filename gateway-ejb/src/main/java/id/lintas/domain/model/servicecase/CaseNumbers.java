package id.lintas.domain.model.servicecase;

import id.lintas.domain.model.office.OfficeCode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How a case is numbered: the office's code, the SOP, the year in the office's time zone and a
 * serial of at least six digits, {@code 3316-SELINTAS-2026-000042}. The serial comes from one
 * database sequence, so every instance of a deployment group hands out different numbers. Split
 * in two because a birth report's number is finished by the statement that records the report
 * (the serial taken in the same round trip, see {@code BirthReportRepository#claim}).
 */
public final class CaseNumbers {
    /** Serials are padded to this many digits; larger ones are written in full. */
    public static final int SERIAL_DIGITS = 6;
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy");

    private CaseNumbers() {
    }

    /** Everything before the serial: {@code 3316-SELINTAS-2026-}. */
    public static String prefix(OfficeCode office, String sopCode, Instant at, ZoneId zone) {
        return office.value() + "-" + sopCode + "-" + YEAR.format(at.atZone(zone)) + "-";
    }

    /** The whole number from its prefix and serial. */
    public static String of(String prefix, long serial) {
        return prefix + String.format("%0" + SERIAL_DIGITS + "d", serial);
    }
}

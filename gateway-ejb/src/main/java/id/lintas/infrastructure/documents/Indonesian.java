package id.lintas.infrastructure.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Dates, times and numbers as Indonesian letters write them, independent of the JVM's locale data:
 * "Senin, 23 November 2026", "14.35 WIB", "3.200 gram", "49,5 cm", "3 (tiga)".
 */
final class Indonesian {
    private static final List<String> DAYS = List.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu");
    private static final List<String> MONTHS = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember");
    private static final List<String> UNITS = List.of("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
            "delapan", "sembilan", "sepuluh", "sebelas");
    /** The three time zones of Indonesia by their UTC offset in hours: +7, +8 and +9. */
    private static final List<String> ZONES = List.of("WIB", "WITA", "WIT");

    private Indonesian() {
    }

    /** E.g. "23 November 2026". */
    static String date(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    /** E.g. "23-11-2026", as cards and tables print dates. */
    static String numericDate(LocalDate date) {
        return String.format(Locale.ROOT, "%02d-%02d-%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** E.g. "Senin, 23 November 2026". */
    static String dayAndDate(LocalDate date) {
        return DAYS.get(date.getDayOfWeek().getValue() - 1) + ", " + date(date);
    }

    /** E.g. "14.35 WIB": the time in its own zone, which must be WIB, WITA or WIT. */
    static String time(ZonedDateTime time) {
        return String.format(Locale.ROOT, "%02d.%02d %s", time.getHour(), time.getMinute(), zone(time));
    }

    /**
     * WIB (Waktu Indonesia Barat, UTC+7), WITA (Tengah, UTC+8) or WIT (Timur, UTC+9) for the offset
     * of the time; refused for any other offset.
     */
    static String zone(ZonedDateTime time) {
        int seconds = time.getOffset().getTotalSeconds();
        int index = seconds % 3600 == 0 ? seconds / 3600 - 7 : -1;
        if (index < 0 || index >= ZONES.size()) {
            throw new IllegalArgumentException("The time " + time + " is not in an Indonesian time zone (WIB UTC+7, "
                    + "WITA UTC+8, WIT UTC+9)");
        }
        return ZONES.get(index);
    }

    /** E.g. "3.200 gram": dots group the thousands. */
    static String grams(int grams) {
        return String.format(Locale.ROOT, "%,d gram", grams).replace(',', '.');
    }

    /** E.g. "49,5 cm": a comma before the decimals. */
    static String centimetres(BigDecimal centimetres) {
        return centimetres.stripTrailingZeros().toPlainString().replace('.', ',') + " cm";
    }

    /** A date in words, as deeds write it: "dua puluh tiga November dua ribu dua puluh enam". */
    static String dateInWords(LocalDate date) {
        return words(date.getDayOfMonth()) + " " + MONTHS.get(date.getMonthValue() - 1) + " " + words(date.getYear());
    }

    /** The ordinal of a child in a deed, e.g. "kesatu", "kedua", "kesebelas", "kedua puluh satu". */
    static String ordinal(int number) {
        return "ke" + words(number);
    }

    /** The number and its words (terbilang) below one hundred, e.g. "21 (dua puluh satu)"; digits alone above. */
    static String counted(int number) {
        return number >= 0 && number < 100 ? number + " (" + words(number) + ")" : String.valueOf(number);
    }

    /** The words (terbilang) of a number from 0 to 9999, e.g. "dua ribu dua puluh enam", "seratus sebelas". */
    static String words(int number) {
        if (number < 0 || number > 9999) {
            throw new IllegalArgumentException("No words for " + number);
        }
        if (number >= 1000) {
            return join(number < 2000 ? "seribu" : UNITS.get(number / 1000) + " ribu", number % 1000);
        }
        if (number >= 100) {
            return join(number < 200 ? "seratus" : UNITS.get(number / 100) + " ratus", number % 100);
        }
        if (number < UNITS.size()) {
            return UNITS.get(number);
        }
        if (number < 20) {
            return UNITS.get(number - 10) + " belas";
        }
        String tens = UNITS.get(number / 10) + " puluh";
        return join(tens, number % 10);
    }

    private static String join(String head, int rest) {
        return rest == 0 ? head : head + " " + words(rest);
    }
}

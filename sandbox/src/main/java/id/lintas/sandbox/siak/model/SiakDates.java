package id.lintas.sandbox.siak.model;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Dates as SIAK writes them in JSON: {@code dd-MM-yyyy}, e.g. {@code 17-08-1995}. */
public final class SiakDates {
    private SiakDates() {
    }

    public static String format(LocalDate date) {
        if (date == null) {
            return null;
        }
        char[] text = new char[10];
        twoDigits(text, 0, date.getDayOfMonth());
        text[2] = '-';
        twoDigits(text, 3, date.getMonthValue());
        text[5] = '-';
        int year = date.getYear();
        twoDigits(text, 6, year / 100);
        twoDigits(text, 8, year % 100);
        return new String(text);
    }

    /** The date of {@code dd-MM-yyyy} text, or {@code null} when it is not one (or does not exist). */
    public static LocalDate parse(String text) {
        if (text == null || text.length() != 10 || text.charAt(2) != '-' || text.charAt(5) != '-') {
            return null;
        }
        for (int i : new int[] {0, 1, 3, 4, 6, 7, 8, 9}) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(text.substring(6)), Integer.parseInt(text.substring(3, 5)),
                    Integer.parseInt(text.substring(0, 2)));
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    static void twoDigits(char[] text, int at, int value) {
        text[at] = (char) ('0' + value / 10);
        text[at + 1] = (char) ('0' + value % 10);
    }
}

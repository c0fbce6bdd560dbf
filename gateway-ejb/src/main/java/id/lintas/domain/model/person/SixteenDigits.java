package id.lintas.domain.model.person;

import id.lintas.domain.shared.BusinessException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks shared by the 16-digit numbers SIAK issues (NIK and KK number): 6 digits region
 * (province, regency/city, district), 6 digits date DDMMYY, 4 digits serial. A refusal carries
 * the key {@code <prefix>.<problem>}, e.g. {@code nik.province.invalid}, with the offending part.
 */
final class SixteenDigits {
    private SixteenDigits() {
    }

    /** Removes the spaces, dots and dashes a person types between groups of digits. */
    static String normalise(String typed) {
        return typed == null ? null : typed.replaceAll("[\\s\\u00A0.\\-\\u2013]", "");
    }

    /** Refuses anything but 16 digits with a valid region prefix and a serial other than 0000. */
    static void checkLayout(String value, String prefix) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(prefix + ".required");
        }
        if (!value.matches("[0-9]+")) {
            throw new BusinessException(prefix + ".notDigits", value);
        }
        if (value.length() != 16) {
            throw new BusinessException(prefix + ".length", value, String.valueOf(value.length()));
        }
        int province = Integer.parseInt(value.substring(0, 2));
        if (province < 11 || province > 96) {
            throw new BusinessException(prefix + ".province.invalid", value.substring(0, 2));
        }
        if (value.startsWith("00", 2)) {
            throw new BusinessException(prefix + ".regency.invalid", value.substring(2, 4));
        }
        if (value.startsWith("00", 4)) {
            throw new BusinessException(prefix + ".district.invalid", value.substring(4, 6));
        }
        if (value.endsWith("0000")) {
            throw new BusinessException(prefix + ".serial.invalid", value.substring(12));
        }
    }

    /** The date in 20YY and in 19YY, latest first, leaving out a century where it does not exist. */
    static List<LocalDate> candidates(int day, int month, int twoDigitYear) {
        List<LocalDate> dates = new ArrayList<>(2);
        for (int century : new int[] {2000, 1900}) {
            try {
                dates.add(LocalDate.of(century + twoDigitYear, month, day));
            } catch (DateTimeException impossible) {
                // e.g. 29 February 1900, day 32, month 13: try the other century
            }
        }
        return dates;
    }

    static int number(String value, int from) {
        return Integer.parseInt(value.substring(from, from + 2));
    }
}

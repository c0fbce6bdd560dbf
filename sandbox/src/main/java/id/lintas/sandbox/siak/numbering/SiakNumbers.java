package id.lintas.sandbox.siak.numbering;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The layout of the numbers SIAK issues, re-implemented here so the sandbox stands alone (the
 * product has its own value objects):
 * <ul>
 * <li>NIK (Nomor Induk Kependudukan, identity number): 16 digits, the six-digit district code
 * where it was issued, the birth date DDMMYY with 40 added to the day for women, a serial 0001-9999
 * unique for that district and date;</li>
 * <li>KK number (Kartu Keluarga, family card): 16 digits, the district code, the issue date DDMMYY,
 * a serial 0001-9999;</li>
 * <li>akta number (civil registration deed): {@code RRRR-CC-DDMMYYYY-NNNN}, the regency code, the
 * deed code ({@code LU} birth reported within 60 days, {@code LT} reported late, {@code KM} death),
 * the registration date and a serial for that regency, day and register (births, LU and LT
 * together, count apart from deaths).</li>
 * </ul>
 * The {@code *Problem} methods say in Bahasa Indonesia what is wrong with a number, {@code null}
 * when it is well formed (which says nothing about whether it was issued).
 */
public final class SiakNumbers {
    public static final int FEMALE_DAY_OFFSET = 40;
    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("[0-9]{16}");
    private static final Pattern DEED = Pattern.compile("([0-9]{4})-(LU|LT|KM)-([0-9]{8})-([0-9]{4})");

    private SiakNumbers() {
    }

    /** What is wrong with a NIK, or {@code null}. */
    public static String nikProblem(String nik) {
        String layout = layoutProblem(nik, "NIK");
        if (layout != null) {
            return layout;
        }
        int day = twoDigits(nik, 6);
        if (day > FEMALE_DAY_OFFSET) {
            day -= FEMALE_DAY_OFFSET;
        }
        if (!dateExists(day, twoDigits(nik, 8), twoDigits(nik, 10))) {
            return "Tanggal lahir pada NIK (" + nik.substring(6, 12) + ") tidak valid.";
        }
        return null;
    }

    /** What is wrong with a KK number, or {@code null}. */
    public static String kkProblem(String kk) {
        String layout = layoutProblem(kk, "Nomor KK");
        if (layout != null) {
            return layout;
        }
        if (!dateExists(twoDigits(kk, 6), twoDigits(kk, 8), twoDigits(kk, 10))) {
            return "Tanggal terbit pada nomor KK (" + kk.substring(6, 12) + ") tidak valid.";
        }
        return null;
    }

    /** Whether a text is an akta kelahiran number {@code RRRR-LU|LT-DDMMYYYY-NNNN} with a real date and serial. */
    public static boolean isBirthCertificateNumber(String number) {
        String code = deedCode(number);
        return "LU".equals(code) || "LT".equals(code);
    }

    /** Whether a text is an akta kematian number {@code RRRR-KM-DDMMYYYY-NNNN} with a real date and serial. */
    public static boolean isDeathCertificateNumber(String number) {
        return "KM".equals(deedCode(number));
    }

    /** Whether a text is an akta number of any code SIAK issues ({@code LU}, {@code LT}, {@code KM}). */
    public static boolean isDeedNumber(String number) {
        return deedCode(number) != null;
    }

    /** The deed code of a well-formed akta number (real date, serial not 0000), else {@code null}. */
    private static String deedCode(String number) {
        var matcher = number == null ? null : DEED.matcher(number);
        if (matcher == null || !matcher.matches() || "0000".equals(matcher.group(4))) {
            return null;
        }
        String date = matcher.group(3);
        try {
            LocalDate.of(Integer.parseInt(date.substring(4)), twoDigits(date, 2), twoDigits(date, 0));
            return matcher.group(2);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The NIK's DDMMYY part for a birth date, 40 added to the day for a woman. */
    static void birthDigits(char[] into, int at, LocalDate date, boolean female) {
        int day = date.getDayOfMonth() + (female ? FEMALE_DAY_OFFSET : 0);
        put(into, at, day);
        put(into, at + 2, date.getMonthValue());
        put(into, at + 4, date.getYear() % 100);
    }

    static void put(char[] into, int at, int twoDigitValue) {
        into[at] = (char) ('0' + twoDigitValue / 10);
        into[at + 1] = (char) ('0' + twoDigitValue % 10);
    }

    private static String layoutProblem(String number, String what) {
        if (number == null || number.isBlank()) {
            return what + " wajib diisi.";
        }
        if (!SIXTEEN_DIGITS.matcher(number).matches()) {
            return what + " harus 16 digit angka.";
        }
        int province = twoDigits(number, 0);
        if (province < 11 || province > 96) {
            return "Kode provinsi pada " + what + " (" + number.substring(0, 2) + ") tidak valid.";
        }
        if (number.startsWith("00", 2) || number.startsWith("00", 4)) {
            return "Kode kabupaten/kota atau kecamatan pada " + what + " tidak valid.";
        }
        if (number.endsWith("0000")) {
            return "Nomor urut pada " + what + " tidak boleh 0000.";
        }
        return null;
    }

    private static boolean dateExists(int day, int month, int twoDigitYear) {
        for (int century : new int[] {1900, 2000}) {
            try {
                LocalDate.of(century + twoDigitYear, month, day);
                return true;
            } catch (DateTimeException e) {
                // 29 February may exist in the other century only
            }
        }
        return false;
    }

    private static int twoDigits(String text, int at) {
        return (text.charAt(at) - '0') * 10 + (text.charAt(at + 1) - '0');
    }
}

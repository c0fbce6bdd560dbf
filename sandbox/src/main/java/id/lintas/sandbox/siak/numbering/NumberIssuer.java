package id.lintas.sandbox.siak.numbering;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Issues NIKs, KK numbers and akta numbers (kelahiran, kematian) with serials that never repeat: one counter
 * per district and date for NIKs (the date with the +40 of women, so women and men count apart),
 * per district and issue date for KKs, per regency, registration day and register for akta (the
 * birth register, LU and LT, counts apart from the death register, KM). The population
 * generator and the registry share one issuer, so a baby registered today can never get a number
 * a generated resident has. Thread-safe.
 */
public final class NumberIssuer {
    private static final int MAX_SERIAL = 9999;
    private static final int BIRTH_REGISTER = 0;
    private static final int DEATH_REGISTER = 1;
    private final Map<Long, Integer> nikSerials = new HashMap<>();
    private final Map<Long, Integer> kkSerials = new HashMap<>();
    private final Map<Long, Integer> deedSerials = new HashMap<>();

    /** A new NIK for a person born on {@code birthDate}, issued in {@code districtCode} (six digits). */
    public synchronized String nik(String districtCode, LocalDate birthDate, boolean female) {
        char[] digits = new char[16];
        districtCode.getChars(0, 6, digits, 0);
        SiakNumbers.birthDigits(digits, 6, birthDate, female);
        return withSerial(digits, nikSerials, "NIK");
    }

    /** A new KK number issued in {@code districtCode} on {@code issuedOn}. */
    public synchronized String kkNumber(String districtCode, LocalDate issuedOn) {
        char[] digits = new char[16];
        districtCode.getChars(0, 6, digits, 0);
        SiakNumbers.birthDigits(digits, 6, issuedOn, false);
        return withSerial(digits, kkSerials, "KK");
    }

    /**
     * A new akta kelahiran number of {@code regencyCode} registered on {@code registeredOn}, with
     * the code {@code LT} when {@code late} (more than 60 days after the birth), else {@code LU}.
     */
    public synchronized String birthCertificate(String regencyCode, boolean late, LocalDate registeredOn) {
        return deed(regencyCode, late ? "LT" : "LU", BIRTH_REGISTER, registeredOn);
    }

    /** A new akta kematian number ({@code KM}) of {@code regencyCode} registered on {@code registeredOn}. */
    public synchronized String deathCertificate(String regencyCode, LocalDate registeredOn) {
        return deed(regencyCode, "KM", DEATH_REGISTER, registeredOn);
    }

    /** {@code RRRR-CC-DDMMYYYY-NNNN} with the next serial of the register for that regency and day. */
    private String deed(String regencyCode, String code, int register, LocalDate registeredOn) {
        long key = register * 1_000_000_000_000L + Long.parseLong(regencyCode) * 100_000_000L
                + registeredOn.getYear() * 10_000L + registeredOn.getMonthValue() * 100L + registeredOn.getDayOfMonth();
        int serial = next(deedSerials, key, "akta");
        char[] text = new char[21];
        regencyCode.getChars(0, 4, text, 0);
        text[4] = '-';
        code.getChars(0, 2, text, 5);
        text[7] = '-';
        SiakNumbers.put(text, 8, registeredOn.getDayOfMonth());
        SiakNumbers.put(text, 10, registeredOn.getMonthValue());
        SiakNumbers.put(text, 12, registeredOn.getYear() / 100);
        SiakNumbers.put(text, 14, registeredOn.getYear() % 100);
        text[16] = '-';
        putSerial(text, 17, serial);
        return new String(text);
    }

    private static String withSerial(char[] digits, Map<Long, Integer> serials, String what) {
        long key = Long.parseLong(new String(digits, 0, 12));
        putSerial(digits, 12, next(serials, key, what));
        return new String(digits);
    }

    private static int next(Map<Long, Integer> serials, long key, String what) {
        int serial = serials.merge(key, 1, Integer::sum);
        if (serial > MAX_SERIAL) {
            serials.put(key, MAX_SERIAL);
            throw new SerialsExhausted("Nomor urut " + what + " untuk " + key + " sudah habis (9999).");
        }
        return serial;
    }

    private static void putSerial(char[] into, int at, int serial) {
        SiakNumbers.put(into, at, serial / 100);
        SiakNumbers.put(into, at + 2, serial % 100);
    }
}

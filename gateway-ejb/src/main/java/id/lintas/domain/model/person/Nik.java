package id.lintas.domain.model.person;

import id.lintas.domain.model.office.OfficeCode;
import id.lintas.domain.shared.BusinessException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A NIK (Nomor Induk Kependudukan), the 16-digit national identity number of a resident:
 * digits 1-6 the region (province, regency/city, district/kecamatan) where it was issued,
 * 7-12 the birth date DDMMYY with 40 added to the day for women, 13-16 a serial other than 0000.
 * The two-digit year is accepted when the date exists in 19YY or 20YY; {@link #birthDate}
 * resolves the century. {@link #toString()} is the full number: show {@link #masked()} on
 * public pages.
 */
public final class Nik implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int FEMALE_DAY_OFFSET = 40;
    private final String value;

    public Nik(String value) {
        SixteenDigits.checkLayout(value, "nik");
        this.value = value;
        if (SixteenDigits.candidates(day(), month(), twoDigitYear()).isEmpty()) {
            throw new BusinessException("nik.birthDate.invalid", value.substring(6, 12));
        }
    }

    /** The NIK as a person typed it: spaces, dots and dashes between the digits are ignored. */
    public static Nik of(String typed) {
        return new Nik(SixteenDigits.normalise(typed));
    }

    public String value() {
        return value;
    }

    /** The six-digit district (kecamatan) code: province, regency/city, district. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /** The regency/city that issued the NIK: its first four digits. */
    public OfficeCode officeCode() {
        return new OfficeCode(value.substring(0, 4));
    }

    public Sex sex() {
        return SixteenDigits.number(value, 6) > FEMALE_DAY_OFFSET ? Sex.FEMALE : Sex.MALE;
    }

    /**
     * The birth date, in the latest century (20YY, else 19YY) that does not put it after
     * {@code today}.
     *
     * @throws IllegalArgumentException when the date would be after {@code today} in both centuries
     */
    public LocalDate birthDate(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return SixteenDigits.candidates(day(), month(), twoDigitYear()).stream()
                .filter(date -> !date.isAfter(today))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("NIK " + masked() + " has a birth date after " + today));
    }

    /** The NIK for public pages: first 4 and last 2 digits shown, e.g. {@code 3316**********01}. */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
    }

    /**
     * Refuses a NIK whose sex or DDMMYY contradicts what is recorded for its holder
     * ({@code nik.sex.mismatch}, {@code nik.birthDate.mismatch}).
     */
    public void requireConsistentWith(Sex recordedSex, LocalDate recordedBirthDate) {
        Objects.requireNonNull(recordedSex, "recordedSex");
        Objects.requireNonNull(recordedBirthDate, "recordedBirthDate");
        if (sex() != recordedSex) {
            throw new BusinessException("nik.sex.mismatch", value.substring(6, 8),
                    Integer.valueOf(sex().siakCode()), Integer.valueOf(recordedSex.siakCode()));
        }
        if (recordedBirthDate.getDayOfMonth() != day() || recordedBirthDate.getMonthValue() != month()
                || Math.floorMod(recordedBirthDate.getYear(), 100) != twoDigitYear()) {
            throw new BusinessException("nik.birthDate.mismatch",
                    String.format("%02d-%02d-%02d", day(), month(), twoDigitYear()),
                    String.format("%02d-%02d-%04d", recordedBirthDate.getDayOfMonth(),
                            recordedBirthDate.getMonthValue(), recordedBirthDate.getYear()));
        }
    }

    private int day() {
        int digits = SixteenDigits.number(value, 6);
        return digits > FEMALE_DAY_OFFSET ? digits - FEMALE_DAY_OFFSET : digits;
    }

    private int month() {
        return SixteenDigits.number(value, 8);
    }

    private int twoDigitYear() {
        return SixteenDigits.number(value, 10);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nik other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

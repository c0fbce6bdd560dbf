package id.lintas.domain.model.person;

import id.lintas.domain.model.office.OfficeCode;
import id.lintas.domain.shared.BusinessException;
import java.io.Serializable;
import java.util.Objects;

/**
 * The number of a KK (Kartu Keluarga, family card), 16 digits: digits 1-6 the region
 * (province, regency/city, district/kecamatan) as in a NIK, 7-12 the issue date DDMMYY (a date
 * that exists in 19YY or 20YY), 13-16 a serial other than 0000.
 */
public final class KkNumber implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String value;

    public KkNumber(String value) {
        SixteenDigits.checkLayout(value, "kk");
        if (SixteenDigits.candidates(SixteenDigits.number(value, 6), SixteenDigits.number(value, 8),
                SixteenDigits.number(value, 10)).isEmpty()) {
            throw new BusinessException("kk.issueDate.invalid", value.substring(6, 12));
        }
        this.value = value;
    }

    /** The KK number as a person typed it: spaces, dots and dashes between the digits are ignored. */
    public static KkNumber of(String typed) {
        return new KkNumber(SixteenDigits.normalise(typed));
    }

    public String value() {
        return value;
    }

    /** The regency/city that issued the KK: its first four digits. */
    public OfficeCode officeCode() {
        return new OfficeCode(value.substring(0, 4));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KkNumber other && other.value.equals(value);
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

package id.lintas.domain.model.office;

import id.lintas.domain.shared.BusinessException;
import java.io.Serializable;
import java.util.Objects;

/**
 * The four-digit BPS/Kemendagri code of a regency or city (kabupaten/kota), e.g. {@code 3316}
 * for Kabupaten Blora: two digits province, two digits regency. It is also the first four
 * digits of every NIK and KK number issued there.
 */
public final class OfficeCode implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String value;

    public OfficeCode(String value) {
        if (value == null || !value.matches("\\d{4}")) {
            throw new BusinessException("office.code.invalid", value);
        }
        int province = Integer.parseInt(value.substring(0, 2));
        if (province < 11 || province > 96 || value.endsWith("00")) {
            throw new BusinessException("office.code.invalid", value);
        }
        this.value = value;
    }

    public String value() {
        return value;
    }

    public String provinceCode() {
        return value.substring(0, 2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfficeCode other && other.value.equals(value);
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

package id.lintas.domain.model.birthreport;

import id.lintas.domain.shared.BusinessException;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A hospital's own reference for a birth report (its medical record or registration number):
 * 1-64 characters, letters, digits and {@code . _ / -}. It identifies the report within the
 * hospital: the same reference sent twice is the same report.
 */
public record HospitalReference(String value) implements Serializable {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

    public HospitalReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new BusinessException("report.reference.invalid");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

package id.lintas.domain.model.identity;

import id.lintas.domain.shared.BusinessException;
import java.io.Serializable;

/** A login name: 3-60 characters, lower-case letters, digits, dot, dash, underscore. */
public record Username(String value) implements Serializable {
    public Username {
        if (value == null || !value.matches("[a-z0-9][a-z0-9._-]{2,59}")) {
            throw new BusinessException("user.username.invalid", value);
        }
    }

    /** Normalises what a person typed (case, surrounding blanks) before validating. */
    public static Username of(String typed) {
        return new Username(typed == null ? null : typed.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}

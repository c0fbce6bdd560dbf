package id.lintas.domain.shared;

import java.io.Serializable;
import java.util.Locale;

/**
 * One thing wrong with one field of an input: the field's path as the caller named it
 * ({@code mother.nik}, {@code witnesses[1].name}), and a message key of the errors bundle with
 * its arguments, so every channel shows it in its user's language.
 */
public record FieldError(String field, String key, Object[] args) implements Serializable {
    public FieldError {
        args = args == null ? new Object[0] : args.clone();
    }

    public static FieldError of(String field, String key, Object... args) {
        return new FieldError(field, key, args);
    }

    public String message(Locale locale) {
        return BusinessException.format(key, locale, args);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}

package id.lintas.infrastructure.documents;

import java.net.URI;
import java.util.Locale;

/**
 * The constructor checks of the letters' records. A refusal is an {@link IllegalArgumentException}
 * naming the field in English and Indonesian, e.g. {@code babyName (nama bayi) is required}: the
 * records are built by the application from data it has already checked, so a refusal here is a
 * programming or data error, not something to show the hospital's operator.
 */
final class Checks {
    /** The longest text a field may hold: long enough for any name or address, short enough to fit a page. */
    static final int MAX_LENGTH = 300;

    private Checks() {
    }

    /** The text without surrounding blanks; refused when null, blank or longer than {@link #MAX_LENGTH}. */
    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return bounded(value.strip(), field);
    }

    /** The text without surrounding blanks, or null when it is null or blank. */
    static String optional(String value, String field) {
        return value == null || value.isBlank() ? null : bounded(value.strip(), field);
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    /** Refused unless an absolute http(s) address with a host. */
    static URI webAddress(URI address, String field) {
        present(address, field);
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        if (!address.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || address.getHost() == null) {
            throw new IllegalArgumentException(field + " must be an http(s) address, not " + address);
        }
        return address;
    }

    private static String bounded(String value, String field) {
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + " must have at most " + MAX_LENGTH + " characters, not "
                    + value.length());
        }
        return value;
    }
}

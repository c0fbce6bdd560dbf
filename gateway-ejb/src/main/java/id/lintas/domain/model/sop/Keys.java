package id.lintas.domain.model.sop;

import java.util.regex.Pattern;

/** Checks the snake_case keys of steps and checklist items. */
final class Keys {
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    private Keys() {
    }

    static String require(String key, String what) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(what + " must be a snake_case key, was '" + key + "'");
        }
        return key;
    }

    static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return text.strip();
    }
}

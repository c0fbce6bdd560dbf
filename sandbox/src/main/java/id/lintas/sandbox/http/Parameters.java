package id.lintas.sandbox.http;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the parameters of an admin settings body, {@code {"mode":"...", <parameters of that mode>}}
 * (faults, approval). Anything else is refused with an {@link IllegalArgumentException} whose
 * message is in Bahasa Indonesia.
 */
public final class Parameters {

    private Parameters() {
    }

    /** The {@code mode} member, one of {@code type}'s constants (case and blanks aside). */
    public static <E extends Enum<E>> E mode(JsonObject json, Class<E> type) {
        String known = choices(type);
        JsonValue value = json.get("mode");
        if (!(value instanceof JsonString text)) {
            throw new IllegalArgumentException("Parameter 'mode' wajib diisi: " + known + ".");
        }
        try {
            return Enum.valueOf(type, text.getString().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Mode '" + text.getString() + "' tidak dikenal: " + known + ".");
        }
    }

    /** Refuses members other than {@code allowed}, naming the mode they do not apply to. */
    public static void only(JsonObject json, Set<String> allowed, Enum<?> mode) {
        for (String key : json.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("Parameter '" + key + "' tidak berlaku untuk mode " + mode
                        + " (yang berlaku: " + String.join(", ", allowed.stream().sorted().toList()) + ").");
            }
        }
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when absent ({@code null}: required). */
    public static long whole(JsonObject json, String key, Long fallback, long min, long max) {
        JsonValue value = json.get(key);
        if (value == null && fallback != null) {
            return fallback;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new IllegalArgumentException("Parameter '" + key + "' wajib berupa bilangan bulat " + min + " sampai " + max + ".");
        }
        return inRange(key, number.longValue(), min, max);
    }

    /** {@code value} when it is from {@code min} to {@code max}. */
    public static long inRange(String key, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("Parameter '" + key + "' harus " + min + " sampai " + max + ", bukan " + value + ".");
        }
        return value;
    }

    /** E.g. {@code NORMAL, SLOW, ERROR atau DOWN}. */
    private static String choices(Class<? extends Enum<?>> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " atau " + names.get(names.size() - 1);
    }
}

package id.lintas.sandbox.siak.model;

import java.util.Locale;

/**
 * A value of one of SIAK's closed vocabularies (religion, marital status, ...), with the label
 * SIAK stores and prints, e.g. {@code KEPALA KELUARGA}.
 */
public interface SiakTerm {

    String label();

    /**
     * The term of {@code type} whose label matches {@code text} ignoring case and repeated
     * blanks, or {@code null}.
     */
    static <E extends Enum<E> & SiakTerm> E parse(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String wanted = normalise(text);
        for (E term : type.getEnumConstants()) {
            if (term.label().equals(wanted)) {
                return term;
            }
        }
        return null;
    }

    /** Upper case, blanks trimmed and collapsed: how SIAK compares free text such as names. */
    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}

package id.lintas.domain.model.sop;

import java.io.Serializable;
import java.util.Locale;

/**
 * A text in Bahasa Indonesia, as the SOP words it ({@code id}), with its English gloss
 * ({@code en}). Both are required.
 */
public record LocalizedText(String id, String en) implements Serializable {
    public LocalizedText {
        id = Keys.requireText(id, "Indonesian text");
        en = Keys.requireText(en, "English text");
    }

    public static LocalizedText of(String id, String en) {
        return new LocalizedText(id, en);
    }

    /** The text in the given language: Indonesian unless English is asked for. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : id;
    }

    @Override
    public String toString() {
        return id;
    }
}

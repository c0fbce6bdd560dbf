package id.lintas.domain.model.whatsapp;

import java.util.Locale;

/** The language a conversation is held in: Bahasa Indonesia unless the resident asks for English. */
public enum Language {
    ID(Locale.forLanguageTag("id")), EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }
}

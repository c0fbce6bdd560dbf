package id.lintas.interfaces.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The portal's language: Bahasa Indonesia unless the user switches to English. */
@Named
@SessionScoped
public class LocaleSwitch implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final Locale DEFAULT = Locale.forLanguageTag("id");

    private Locale locale = DEFAULT;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    /** Switches the language and stays on the same page. */
    public void switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : DEFAULT;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}

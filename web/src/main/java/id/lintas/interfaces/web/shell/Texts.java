package id.lintas.interfaces.web.shell;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Portal texts from the {@code msg} bundle in the view's language. */
public final class Texts {
    public static final String BUNDLE = "id.lintas.web.i18n.messages";

    private Texts() {
    }

    public static String get(FacesContext faces, String key, Object... args) {
        var locale = faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : LocaleSwitch.DEFAULT;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }
}

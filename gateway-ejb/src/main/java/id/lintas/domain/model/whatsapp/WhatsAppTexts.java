package id.lintas.domain.model.whatsapp;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The conversation's texts: bundle {@code id.lintas.messages.whatsapp}, Bahasa Indonesia first, English second. */
public final class WhatsAppTexts {
    public static final String BUNDLE = "id.lintas.messages.whatsapp";

    private WhatsAppTexts() {
    }

    /** Formats a key in the language; an unknown key comes back as itself, so a test sees it. */
    public static String format(String key, Language language, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), WhatsAppTexts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), language.locale()).format(args);
        } catch (MissingResourceException e) {
            return key + (args.length == 0 ? "" : " " + Arrays.toString(args));
        }
    }
}

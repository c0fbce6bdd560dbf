package id.lintas.domain.shared;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A refusal the user can understand and act on: an illegal transition, invalid input, a missing
 * permission on data. It carries a message key of the {@code id.lintas.messages.errors} bundle
 * (Bahasa Indonesia first, English second) and its arguments, never a text, so every channel
 * (portal, REST, SOAP, WhatsApp) shows it in its user's language.
 *
 * <p>Thrown out of an EJB it rolls the transaction back and reaches the caller unwrapped.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public static final String BUNDLE = "id.lintas.messages.errors";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final String key;
    private final Object[] args;

    public BusinessException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in the given language; Indonesian when the language is not supported. */
    public String message(Locale locale) {
        return format(key, locale, args);
    }

    @Override
    public String getMessage() {
        return message(INDONESIAN) + " / " + message(Locale.ENGLISH);
    }

    /** Formats a key of the errors bundle; unknown keys come back as the key itself. */
    public static String format(String key, Locale locale, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale),
                    BusinessException.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), supported(locale)).format(args);
        } catch (MissingResourceException e) {
            return key + (args.length == 0 ? "" : " " + Arrays.toString(args));
        }
    }

    private static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
    }
}

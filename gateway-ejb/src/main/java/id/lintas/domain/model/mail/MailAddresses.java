package id.lintas.domain.model.mail;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The plain address of a sender as mail programs write it ({@code "Siti" <siti@example.id>} → {@code siti@example.id}). */
public final class MailAddresses {
    private static final Pattern ANGLED = Pattern.compile("<([^<>@\\s]+@[^<>@\\s]+)>");
    private static final Pattern PLAIN = Pattern.compile("[^<>@\\s\"]+@[^<>@\\s\"]+");

    private MailAddresses() {
    }

    /** The address in {@code from}, lower-cased; null when it holds none. */
    public static String plain(String from) {
        if (from == null) {
            return null;
        }
        Matcher angled = ANGLED.matcher(from);
        String address = angled.find() ? angled.group(1) : null;
        if (address == null) {
            Matcher plain = PLAIN.matcher(from);
            address = plain.find() ? plain.group() : null;
        }
        return address == null || address.length() > 254 ? null : address.toLowerCase(Locale.ROOT);
    }
}

package id.lintas.domain.model.servicecase;

import java.security.SecureRandom;

/**
 * The reference a resident's application is given when it arrives (WhatsApp "WA-...", email
 * "EM-..."): the channel's prefix and eight random characters without look-alikes (no 0/O, 1/I),
 * easy to read out on the phone, and unguessable, as it names the applicant's case.
 */
public final class ApplicationReferences {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private ApplicationReferences() {
    }

    /** A new reference with {@code prefix}, e.g. "WA-" + 8 characters. */
    public static String next(String prefix) {
        char[] c = new char[8];
        for (int i = 0; i < c.length; i++) {
            c[i] = CHARS[RANDOM.nextInt(CHARS.length)];
        }
        return prefix + new String(c);
    }
}

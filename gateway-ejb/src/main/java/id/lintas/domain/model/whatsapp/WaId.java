package id.lintas.domain.model.whatsapp;

import java.io.Serializable;
import java.util.Objects;

/**
 * A resident's WhatsApp id ({@code wa_id}): the phone number in international form, digits only,
 * as the Cloud API writes it in {@code messages[].from} and expects in {@code to}
 * ({@code 6281234567890}). Written the way residents write their own number ({@code +62 812-3456-7890},
 * {@code 0812 3456 7890}), it is brought to that form, so one phone is one conversation whatever
 * the spelling: an Indonesian national number (leading 0) becomes 62.... E.164 allows at most
 * 15 digits; fewer than 8 is no phone number.
 */
public record WaId(String digits) implements Serializable {
    public WaId {
        Objects.requireNonNull(digits, "wa_id");
        if (!digits.matches("[1-9][0-9]{7,14}")) {
            throw new IllegalArgumentException("a wa_id is 8-15 digits in international form, not " + digits);
        }
    }

    /** Parses a number as written by a person or by the API: spaces, dashes, dots, parentheses and a leading + are ignored. */
    public static WaId of(String written) {
        Objects.requireNonNull(written, "phone");
        String s = written.strip().replaceAll("[\\s\\-.()]", "");
        if (s.startsWith("+")) {
            s = s.substring(1);
        } else if (s.startsWith("00")) {
            s = s.substring(2);
        } else if (s.startsWith("0")) {
            s = "62" + s.substring(1); // an Indonesian national number
        }
        return new WaId(s);
    }

    /** Whether it is an Indonesian number (country code 62). */
    public boolean isIndonesian() {
        return digits.startsWith("62");
    }

    /** The number as Indonesians read it on a screen, with its last digits only: {@code +62 812****7890}. */
    public String masked() {
        int keep = 4;
        String head = digits.substring(0, Math.min(5, digits.length() - keep));
        return "+" + head + "*".repeat(digits.length() - head.length() - keep) + digits.substring(digits.length() - keep);
    }

    /** The number with every digit hidden but the last four ({@code *********7890}): for lists staff only need to tell apart. */
    public String lastFourOnly() {
        return "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
    }

    @Override
    public String toString() {
        return digits;
    }
}

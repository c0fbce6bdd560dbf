package id.lintas.domain.model.whatsapp;

import java.util.Objects;

/**
 * A complaint (pengaduan, LANDA MEWA section J) a resident wrote in the conversation, to be logged
 * and routed to the kabid: who wrote it, about which application (if any), and its words.
 */
public record Complaint(WaId from, String reference, String serviceCode, String text) {
    public static final int MAX_TEXT = 2000;

    public Complaint {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(text, "text");
        text = text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a complaint says something");
        }
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
    }
}

package id.lintas.domain.model.whatsapp;

import java.time.Duration;
import java.util.Objects;

/**
 * What a conversation needs besides its messages: the services on offer, when a silent resident
 * is reminded and when the draft expires, the largest file accepted, and the office's time zone
 * (for the deadline the resident is told). Configuration
 * ({@code lintas.whatsapp.remind-after}, {@code expire-after}, {@code max-media-bytes}).
 */
public record ConversationRules(ServiceCatalog services, Duration remindAfter, Duration expireAfter, long maxMediaBytes,
        java.time.ZoneId zone) {
    /**
     * Remind after 2 hours of silence, expire after 23, files up to 10 MB. 23, not 24: WhatsApp lets
     * a business answer freely only within 24 hours of the resident's last message (the customer
     * service window; later only approved templates), and the expiry notice must still get through.
     */
    public static final Duration REMIND_AFTER = Duration.ofHours(2);
    public static final Duration EXPIRE_AFTER = Duration.ofHours(23);
    public static final long MAX_MEDIA_BYTES = 10L * 1024 * 1024;

    /** The office's time zone when none is given: western Indonesia (WIB). */
    public static final java.time.ZoneId WIB = java.time.ZoneId.of("Asia/Jakarta");

    public ConversationRules(ServiceCatalog services, Duration remindAfter, Duration expireAfter, long maxMediaBytes) {
        this(services, remindAfter, expireAfter, maxMediaBytes, WIB);
    }

    public ConversationRules {
        Objects.requireNonNull(services);
        Objects.requireNonNull(zone, "zone: the office's, for the times the resident is told");
        if (remindAfter.isNegative() || remindAfter.isZero() || expireAfter.compareTo(remindAfter) <= 0) {
            throw new IllegalArgumentException("0 < remind-after < expire-after");
        }
        if (maxMediaBytes <= 0) {
            throw new IllegalArgumentException("max-media-bytes > 0");
        }
    }

    public static ConversationRules defaults(ServiceCatalog services) {
        return new ConversationRules(services, REMIND_AFTER, EXPIRE_AFTER, MAX_MEDIA_BYTES);
    }
}

package id.lintas.domain.model.whatsapp;

import java.time.Duration;
import java.util.Objects;

/**
 * What a conversation needs besides its messages: the services on offer, when a silent resident
 * is reminded and when the draft expires, and the largest file accepted. Configuration
 * ({@code lintas.whatsapp.remind-after}, {@code expire-after}, {@code max-media-bytes}).
 */
public record ConversationRules(ServiceCatalog services, Duration remindAfter, Duration expireAfter, long maxMediaBytes) {
    /**
     * Remind after 2 hours of silence, expire after 23, files up to 10 MB. 23, not 24: WhatsApp lets
     * a business answer freely only within 24 hours of the resident's last message (the customer
     * service window; later only approved templates), and the expiry notice must still get through.
     */
    public static final Duration REMIND_AFTER = Duration.ofHours(2);
    public static final Duration EXPIRE_AFTER = Duration.ofHours(23);
    public static final long MAX_MEDIA_BYTES = 10L * 1024 * 1024;

    public ConversationRules {
        Objects.requireNonNull(services);
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

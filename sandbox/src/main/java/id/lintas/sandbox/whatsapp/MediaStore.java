package id.lintas.sandbox.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The media objects of the number, uploaded by the business or sent by phones, under numeric ids
 * as Meta gives them, and the short-lived download URLs Meta hands out for them: a URL names the
 * media, its expiry (epoch seconds) and an HMAC of both, so it cannot be forged or extended, and it
 * only works with the access token as well. Thread-safe.
 */
final class MediaStore {
    /** Where downloads are served, below the Graph API's base path (Meta: lookaside.fbsbx.com). */
    static final String DOWNLOAD_PATH = "/whatsapp_business/attachments/";
    private static final long FIRST_ID = 1_037_543_291_500_000L;

    private final Map<String, Media> media = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(FIRST_ID);
    private final Clock clock;
    private final Duration urlTtl;
    private final SecretKeySpec urlKey;
    private final LongAdder uploads = new LongAdder();
    private final LongAdder downloads = new LongAdder();
    private final LongAdder refusedDownloads = new LongAdder();

    MediaStore(Clock clock, Duration urlTtl, String secret) {
        this.clock = clock;
        this.urlTtl = urlTtl;
        this.urlKey = new SecretKeySpec(("media-url:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String nextId() {
        return Long.toString(sequence.incrementAndGet());
    }

    Media add(Media item) {
        media.put(item.id(), item);
        if (Media.BUSINESS.equals(item.owner())) {
            uploads.increment();
        }
        return item;
    }

    /** The media, or {@code null}. */
    Media find(String id) {
        return media.get(id);
    }

    boolean delete(String id) {
        return media.remove(id) != null;
    }

    /** A download URL under {@code graphBase} (e.g. {@code http://127.0.0.1:8090/v21.0}) valid from now for the TTL. */
    String url(String graphBase, Media item) {
        long expires = clock.instant().plus(urlTtl).getEpochSecond();
        return graphBase + DOWNLOAD_PATH + "?mid=" + item.id() + "&ext=" + expires + "&hash=" + hash(item.id(), expires);
    }

    /** The media a URL's query names, or {@code null} when the URL is forged, expired or its media gone. */
    Media resolve(String mid, String ext, String hash) {
        Media item = null;
        if (mid != null && ext != null && hash != null && ext.matches("\\d{1,12}")) {
            long expires = Long.parseLong(ext);
            boolean authentic = java.security.MessageDigest.isEqual(hash(mid, expires).getBytes(StandardCharsets.US_ASCII),
                    hash.getBytes(StandardCharsets.US_ASCII));
            if (authentic && !clock.instant().isAfter(Instant.ofEpochSecond(expires))) {
                item = media.get(mid);
            }
        }
        (item == null ? refusedDownloads : downloads).increment();
        return item;
    }

    Map<String, Long> counters() {
        return Map.of("stored", (long) media.size(), "uploadedByBusiness", uploads.sum(), "downloads", downloads.sum(),
                "refusedDownloads", refusedDownloads.sum());
    }

    private String hash(String id, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(urlKey);
            byte[] digest = mac.doFinal((id + ":" + expires).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}

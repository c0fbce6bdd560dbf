package id.lintas.sandbox.whatsapp;

import id.lintas.sandbox.courier.webhook.RetrySchedule;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the WhatsApp sandbox starts: the office's number as Meta knows it (Graph API version, phone
 * number id, display number, business account id, verified name), the credentials the gateway
 * holds (access token, app secret, verify token), where webhooks go, and how the sandbox behaves
 * (webhook retries, how long a media URL lives, whether the 24-hour customer-service window is
 * enforced).
 *
 * @param webhookUrl    {@code null}: no subscription until one is made through the admin API; given: the
 *                      sandbox performs the verification handshake against it at start (again every few
 *                      seconds until the receiver answers it)
 * @param serviceWindow {@code true}: a free-form message (not a template) to a phone that has not written
 *                      in the last 24 hours fails with error 131047, as on Meta
 */
public record WhatsAppSettings(String version, String phoneNumberId, String displayPhoneNumber, String businessAccountId,
        String verifiedName, String accessToken, String appSecret, String verifyToken, URI webhookUrl,
        RetrySchedule webhookRetries, Duration mediaUrlTtl, boolean serviceWindow) {
    public static final String DEFAULT_VERSION = "v21.0";
    public static final String DEFAULT_PHONE_NUMBER_ID = "331601234567890";
    public static final String DEFAULT_DISPLAY_PHONE_NUMBER = "6285100331600";
    public static final String DEFAULT_BUSINESS_ACCOUNT_ID = "331609876543210";
    public static final String DEFAULT_VERIFIED_NAME = "Disdukcapil Kabupaten Blora";
    public static final String DEFAULT_ACCESS_TOKEN = "whatsapp-access-token";
    public static final String DEFAULT_APP_SECRET = "whatsapp-app-secret";
    public static final String DEFAULT_VERIFY_TOKEN = "whatsapp-verify-token";
    public static final Duration DEFAULT_MEDIA_URL_TTL = Duration.ofMinutes(5);

    public WhatsAppSettings {
        if (!Objects.requireNonNull(version, "version").matches("v\\d+\\.\\d+")) {
            throw new IllegalArgumentException("The Graph API version looks like v21.0, not " + version);
        }
        digits("phone number id", phoneNumberId);
        digits("display phone number", displayPhoneNumber);
        digits("business account id", businessAccountId);
        if (Objects.requireNonNull(verifiedName, "verifiedName").isBlank()) {
            throw new IllegalArgumentException("The verified name must not be blank");
        }
        for (String secret : new String[] {accessToken, appSecret, verifyToken}) {
            if (Objects.requireNonNull(secret, "token or secret").isBlank()) {
                throw new IllegalArgumentException("The access token, app secret and verify token must not be blank");
            }
        }
        if (webhookUrl != null && !("http".equals(webhookUrl.getScheme()) || "https".equals(webhookUrl.getScheme()))) {
            throw new IllegalArgumentException("The webhook URL must be an absolute http or https URL: " + webhookUrl);
        }
        Objects.requireNonNull(webhookRetries, "webhookRetries");
        if (Objects.requireNonNull(mediaUrlTtl, "mediaUrlTtl").isNegative() || mediaUrlTtl.isZero()) {
            throw new IllegalArgumentException("A media URL must live a while: " + mediaUrlTtl);
        }
    }

    private static void digits(String what, String value) {
        if (!Objects.requireNonNull(value, what).matches("\\d{5,20}")) {
            throw new IllegalArgumentException("The " + what + " is 5-20 digits, not " + value);
        }
    }

    /** Default number and credentials, no webhook URL, retries after 1, 2, 4, 8, 16 s, media URLs for 5 minutes, window enforced. */
    public static WhatsAppSettings defaults() {
        return new WhatsAppSettings(DEFAULT_VERSION, DEFAULT_PHONE_NUMBER_ID, DEFAULT_DISPLAY_PHONE_NUMBER, DEFAULT_BUSINESS_ACCOUNT_ID,
                DEFAULT_VERIFIED_NAME, DEFAULT_ACCESS_TOKEN, DEFAULT_APP_SECRET, DEFAULT_VERIFY_TOKEN, null, RetrySchedule.defaults(),
                DEFAULT_MEDIA_URL_TTL, true);
    }

    /** Where the Graph API is served, e.g. {@code /v21.0}. */
    public String basePath() {
        return "/" + version;
    }

    public WhatsAppSettings withVersion(String newVersion) {
        return new WhatsAppSettings(newVersion, phoneNumberId, displayPhoneNumber, businessAccountId, verifiedName, accessToken,
                appSecret, verifyToken, webhookUrl, webhookRetries, mediaUrlTtl, serviceWindow);
    }

    public WhatsAppSettings withPhoneNumber(String newPhoneNumberId, String newDisplayPhoneNumber) {
        return new WhatsAppSettings(version, newPhoneNumberId, newDisplayPhoneNumber, businessAccountId, verifiedName, accessToken,
                appSecret, verifyToken, webhookUrl, webhookRetries, mediaUrlTtl, serviceWindow);
    }

    public WhatsAppSettings withBusinessAccountId(String newBusinessAccountId) {
        return new WhatsAppSettings(version, phoneNumberId, displayPhoneNumber, newBusinessAccountId, verifiedName, accessToken,
                appSecret, verifyToken, webhookUrl, webhookRetries, mediaUrlTtl, serviceWindow);
    }

    public WhatsAppSettings withAccessToken(String newAccessToken) {
        return new WhatsAppSettings(version, phoneNumberId, displayPhoneNumber, businessAccountId, verifiedName, newAccessToken,
                appSecret, verifyToken, webhookUrl, webhookRetries, mediaUrlTtl, serviceWindow);
    }

    public WhatsAppSettings withAppSecret(String newAppSecret) {
        return new WhatsAppSettings(version, phoneNumberId, displayPhoneNumber, businessAccountId, verifiedName, accessToken,
                newAppSecret, verifyToken, webhookUrl, webhookRetries, mediaUrlTtl, serviceWindow);
    }

    public WhatsAppSettings withVerifyToken(String newVerifyToken) {
        return new WhatsAppSettings(version, phoneNumberId, displayPhoneNumber, businessAccountId, verifiedName, accessToken,
                appSecret, newVerifyToken, webhookUrl, webhookRetries, mediaUrlTtl, serviceWindow);
    }

    public WhatsAppSettings withWebhookUrl(URI newWebhookUrl) {
        return new WhatsAppSettings(version, phoneNumberId, displayPhoneNumber, businessAccountId, verifiedName, accessToken,
                appSecret, verifyToken, newWebhookUrl, webhookRetries, mediaUrlTtl, serviceWindow);
    }

    public WhatsAppSettings withWebhookRetries(RetrySchedule newRetries) {
        return new WhatsAppSettings(version, phoneNumberId, displayPhoneNumber, businessAccountId, verifiedName, accessToken,
                appSecret, verifyToken, webhookUrl, newRetries, mediaUrlTtl, serviceWindow);
    }

    public WhatsAppSettings withMediaUrlTtl(Duration newTtl) {
        return new WhatsAppSettings(version, phoneNumberId, displayPhoneNumber, businessAccountId, verifiedName, accessToken,
                appSecret, verifyToken, webhookUrl, webhookRetries, newTtl, serviceWindow);
    }

    public WhatsAppSettings withServiceWindow(boolean enforced) {
        return new WhatsAppSettings(version, phoneNumberId, displayPhoneNumber, businessAccountId, verifiedName, accessToken,
                appSecret, verifyToken, webhookUrl, webhookRetries, mediaUrlTtl, enforced);
    }
}

package id.lintas.infrastructure.integration.whatsapp;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and as whom Lintas calls the WhatsApp Cloud API: the Graph base URL
 * ({@code lintas.whatsapp.url}: {@code https://graph.facebook.com} in production, the sandbox's
 * {@code http://127.0.0.1:8090} by default), the API version ({@code lintas.whatsapp.version}),
 * the office number's id ({@code lintas.whatsapp.phone-number-id}), the access token
 * ({@code lintas.whatsapp.token}, sent as {@code Authorization: Bearer}) and the timeout of a call.
 *
 * <p>The defaults ({@code DEFAULT_*}) are the sandbox's own, as the run command starts it
 * ({@code id.lintas.sandbox.whatsapp.WhatsAppSettings#defaults()} on port 8090), so a developer's
 * Lintas talks to the simulated WhatsApp out of the box; production sets every one of them
 * ({@code LINTAS_WHATSAPP_URL}, {@code _TOKEN}, {@code _PHONE_NUMBER_ID}, {@code _APP_SECRET},
 * {@code _VERIFY_TOKEN}).
 */
public record CloudApi(String baseUrl, String version, String phoneNumberId, String token, Duration timeout) {
    /** The sandbox's base URL as the run command starts it ({@code lintas.whatsapp.url}). */
    public static final String DEFAULT_URL = "http://127.0.0.1:8090";
    /** The Graph API version ({@code lintas.whatsapp.version}). */
    public static final String DEFAULT_VERSION = "v21.0";
    /** The sandbox's office number ({@code lintas.whatsapp.phone-number-id}). */
    public static final String DEFAULT_PHONE_NUMBER_ID = "331601234567890";
    /** The sandbox's access token ({@code lintas.whatsapp.token}). */
    public static final String DEFAULT_TOKEN = "whatsapp-access-token";
    /** The sandbox's app secret, the key of the webhooks' signatures ({@code lintas.whatsapp.app-secret}). */
    public static final String DEFAULT_APP_SECRET = "whatsapp-app-secret";
    /** The sandbox's token of the subscription handshake ({@code lintas.whatsapp.verify-token}). */
    public static final String DEFAULT_VERIFY_TOKEN = "whatsapp-verify-token";

    public CloudApi {
        Objects.requireNonNull(baseUrl, "lintas.whatsapp.url");
        Objects.requireNonNull(version, "lintas.whatsapp.version");
        Objects.requireNonNull(phoneNumberId, "lintas.whatsapp.phone-number-id");
        Objects.requireNonNull(token, "lintas.whatsapp.token");
        Objects.requireNonNull(timeout);
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("lintas.whatsapp.url is an http(s) URL, not " + baseUrl);
        }
        if (!version.matches("v[0-9]+\\.[0-9]+")) {
            throw new IllegalArgumentException("lintas.whatsapp.version looks like v21.0, not " + version);
        }
        if (!phoneNumberId.matches("[0-9A-Za-z_-]{1,64}")) {
            throw new IllegalArgumentException("lintas.whatsapp.phone-number-id is an id, not " + phoneNumberId);
        }
    }

    /** {@code POST} here sends a message. */
    public String messagesUrl() {
        return baseUrl + "/" + version + "/" + phoneNumberId + "/messages";
    }

    /** {@code POST} here (multipart) uploads a file the office sends, e.g. a signed PDF: the answer names its media id. */
    public String uploadUrl() {
        return baseUrl + "/" + version + "/" + phoneNumberId + "/media";
    }

    /** {@code GET} here tells the short-lived download URL of a resident's file. */
    public String mediaUrl(String mediaId) {
        if (!mediaId.matches("[0-9A-Za-z_-]{1,100}")) {
            throw new IllegalArgumentException("not a media id: " + mediaId);
        }
        return baseUrl + "/" + version + "/" + mediaId;
    }

    public String authorization() {
        return "Bearer " + token;
    }
}

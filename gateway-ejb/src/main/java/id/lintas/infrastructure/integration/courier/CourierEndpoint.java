package id.lintas.infrastructure.integration.courier;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the courier company's API is and how the office reaches it: the base URL (the sandbox's,
 * or the courier's), the API key it sends as {@code Authorization: Bearer}, how long a call may
 * take, and the address of the office's webhook that the courier's status reports go to.
 */
public record CourierEndpoint(String baseUrl, String key, Duration timeout, String callbackUrl) {
    /** The path of the office's webhook, under the portal's public address. */
    public static final String WEBHOOK_PATH = "/api/v1/courier/events";

    public CourierEndpoint {
        baseUrl = withoutTrailingSlash(Objects.requireNonNull(baseUrl, "baseUrl"));
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
    }

    /** The endpoint of a courier whose status reports go to the webhook under {@code publicUrl}. */
    public static CourierEndpoint of(String baseUrl, String key, Duration timeout, String publicUrl) {
        return new CourierEndpoint(baseUrl, key, timeout, withoutTrailingSlash(publicUrl) + WEBHOOK_PATH);
    }

    /** The camel-http endpoint of a path under {@code /courier/v1}, with the timeouts. */
    String uri(String path, boolean throwOnFailure) {
        long ms = timeout.toMillis();
        return baseUrl + "/courier/v1" + path + "?connectTimeout=" + Math.min(ms, 2000) + "&responseTimeout=" + ms
                + "&connectionRequestTimeout=" + ms + "&throwExceptionOnFailure=" + throwOnFailure;
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

package id.lintas.infrastructure.integration.siak;

import id.lintas.infrastructure.integration.HttpCalls;
import java.time.Duration;
import java.util.Objects;

/**
 * Where SIAK is and how long the office waits for it: the base URL (the sandbox's, or a real
 * SIAK adapter's), the access key, the timeout of a lookup made while a member of staff waits,
 * and of a submission made in the background.
 */
public record SiakEndpoint(String baseUrl, String key, Duration lookupTimeout, Duration submitTimeout) {
    public SiakEndpoint {
        Objects.requireNonNull(baseUrl);
        Objects.requireNonNull(key);
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The camel-http endpoint for a path under the base URL, with the timeouts and no exception on 4xx. */
    String uri(String path, Duration timeout, boolean throwOnFailure) {
        return baseUrl + path + (path.contains("?") ? "&" : "?") + HttpCalls.options(timeout, throwOnFailure);
    }
}

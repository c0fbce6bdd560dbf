package id.lintas.infrastructure.integration;

import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/**
 * What the routes to outside systems over HTTP (SIAK, partners' callbacks) share: timeouts on
 * every endpoint, no retries of HttpClient's own, and which failures are refusals.
 */
public final class HttpCalls {
    private HttpCalls() {
    }

    /**
     * The routes decide about retries: HttpClient's own (once more on a 503, say) would double
     * theirs, so they are switched off for the context's {@code http} component.
     */
    public static void withoutAutomaticRetries(CamelContext camel) {
        camel.getComponent("http", HttpComponent.class).setHttpClientConfigurer(HttpClientBuilder::disableAutomaticRetries);
    }

    /** camel-http endpoint options: connect (at most 2 s), response and pool timeouts, and whether a 4xx/5xx throws. */
    public static String options(Duration timeout, boolean throwOnFailure) {
        long ms = timeout.toMillis();
        return "connectTimeout=" + Math.min(ms, 2000) + "&responseTimeout=" + ms + "&connectionRequestTimeout=" + ms
                + "&throwExceptionOnFailure=" + throwOnFailure;
    }

    /**
     * Whether an answer refuses the request itself, so that sending it again cannot help: a 4xx
     * other than 408 (timeout) and 429 (too many requests), which ask to try again later.
     */
    public static boolean isRefusal(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }

    /** Whether the exchange failed with a refusal ({@link #isRefusal(int)}): a predicate for {@code onWhen}. */
    public static boolean refused(Exchange exchange) {
        HttpOperationFailedException e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, HttpOperationFailedException.class);
        return e != null && isRefusal(e.getStatusCode());
    }
}

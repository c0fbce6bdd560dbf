package id.lintas.infrastructure.integration.siak;

import id.lintas.infrastructure.integration.HttpCalls;
import id.lintas.infrastructure.integration.Redelivery;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpMethods;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * One route per SIAK operation. Routes carry and retry; what the answers mean is decided by
 * {@link SiakJson} and the application.
 *
 * <ul>
 * <li>Lookups and comparisons are made while a member of staff waits: a short timeout, a circuit
 * breaker that stops calling a SIAK that keeps failing, and on any failure the header
 * {@value #UNAVAILABLE} instead of an exception or a hang.</li>
 * <li>Draft submissions come from the outbox: each carries its entry's idempotency key in the
 * {@value #IDEMPOTENCY_KEY} header, so a submission sent again (a lost answer, a redelivery, a
 * replay) finds the draft SIAK already made instead of making a second one. Server errors and
 * timeouts are redelivered with back-off; what still fails, or what SIAK refuses (4xx), goes to
 * the dead-letter endpoint with its original payload and the error.</li>
 * </ul>
 */
public class SiakRoutes extends RouteBuilder {
    public static final String LOOKUP_RESIDENT = "direct:siak-lookup-resident";
    public static final String LOOKUP_FAMILY = "direct:siak-lookup-family";
    public static final String COMPARE = "direct:siak-compare";
    public static final String SUBMIT_DRAFT = "direct:siak-submit-draft";
    public static final String DRAFT_STATE = "direct:siak-draft-state";
    /** Header set on the answer of a synchronous call when SIAK could not be reached in time. */
    public static final String UNAVAILABLE = "LintasSiakUnavailable";
    /** Header carrying an outbox entry's idempotency key to SIAK. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String NIK = "LintasNik";
    public static final String KK = "LintasKk";
    public static final String DRAFT_ID = "LintasDraftId";

    private final SiakEndpoint siak;
    private final Redelivery redelivery;

    public SiakRoutes(SiakEndpoint siak, String deadLetterUri, int maximumRedeliveries, long redeliveryDelayMs) {
        this.siak = siak;
        this.redelivery = new Redelivery(deadLetterUri, maximumRedeliveries, redeliveryDelayMs);
    }

    @Override
    public void configure() {
        HttpCalls.withoutAutomaticRetries(getContext());

        lookup(LOOKUP_RESIDENT, "siak-lookup-resident", "/siak/v1/penduduk/${header." + NIK + "}");
        lookup(LOOKUP_FAMILY, "siak-lookup-family", "/siak/v1/keluarga/${header." + KK + "}");

        from(COMPARE).routeId("siak-compare")
                .errorHandler(noErrorHandler())
                .circuitBreaker().id("siak-compare-breaker")
                    .resilience4jConfiguration().slidingWindowSize(20).minimumNumberOfCalls(5).failureRateThreshold(50)
                        .waitDurationInOpenState(10).timeoutEnabled(true)
                        .timeoutDuration((int) siak.lookupTimeout().toMillis()).end()
                    .removeHeaders("CamelHttp*")
                    .setHeader(Exchange.HTTP_METHOD, constant(HttpMethods.POST))
                    .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                    .setHeader("X-Siak-Key", constant(siak.key()))
                    .to(siak.uri("/siak/v1/verifikasi", siak.lookupTimeout(), false))
                    .convertBodyTo(String.class)
                    .process(SiakRoutes::failOnServerError)
                .onFallback()
                    .setHeader(UNAVAILABLE, constant(true)).setBody(constant((Object) null))
                .end();

        from(SUBMIT_DRAFT).routeId("siak-submit-draft")
                .errorHandler(redelivery.deadLetterChannel())
                .onException(HttpOperationFailedException.class).onWhen(HttpCalls::refused)
                    .maximumRedeliveries(0).end() // SIAK said no (4xx): retrying the same data cannot help
                .removeHeaders("CamelHttp*")
                .setHeader(Exchange.HTTP_METHOD, constant(HttpMethods.POST))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .setHeader("X-Siak-Key", constant(siak.key()))
                .to(siak.uri("/siak/v1/draft", siak.submitTimeout(), true))
                .convertBodyTo(String.class)
                .setProperty(Redelivery.DELIVERED, constant(true));

        from(DRAFT_STATE).routeId("siak-draft-state")
                .errorHandler(noErrorHandler())
                .removeHeaders("CamelHttp*")
                .setHeader(Exchange.HTTP_METHOD, constant(HttpMethods.GET))
                .setHeader("X-Siak-Key", constant(siak.key()))
                .setBody(constant((Object) null))
                .toD(siak.uri("/siak/v1/draft/${header." + DRAFT_ID + "}", siak.submitTimeout(), true))
                .convertBodyTo(String.class);
    }

    /** A GET made while someone waits: short timeout, circuit breaker, {@value #UNAVAILABLE} instead of a failure. */
    private void lookup(String endpoint, String routeId, String path) {
        from(endpoint).routeId(routeId)
                .errorHandler(noErrorHandler())
                .circuitBreaker().id(routeId + "-breaker")
                    .resilience4jConfiguration().slidingWindowSize(20).minimumNumberOfCalls(5).failureRateThreshold(50)
                        .waitDurationInOpenState(10).timeoutEnabled(true)
                        .timeoutDuration((int) siak.lookupTimeout().toMillis()).end()
                    .removeHeaders("CamelHttp*")
                    .setHeader(Exchange.HTTP_METHOD, constant(HttpMethods.GET))
                    .setHeader("X-Siak-Key", constant(siak.key()))
                    .setBody(constant((Object) null))
                    .toD(siak.uri(path, siak.lookupTimeout(), false))
                    .convertBodyTo(String.class)
                    .process(SiakRoutes::failOnServerError)
                .onFallback()
                    .setHeader(UNAVAILABLE, constant(true)).setBody(constant((Object) null))
                .end();
    }

    /** A 5xx answer counts as a failure for the circuit breaker (a 404 is an answer). */
    private static void failOnServerError(Exchange exchange) {
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        if (status != null && status >= 500) {
            throw new IllegalStateException("SIAK answered " + status);
        }
    }
}

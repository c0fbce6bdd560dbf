package id.lintas.infrastructure.integration.courier;

import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.DeadLetterChannelBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.component.http.HttpMethods;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/**
 * The routes to the courier company's API, one per operation; they carry, translate nothing and
 * retry, the relay decides. Both come from the relay, in the background:
 *
 * <ul>
 * <li>{@value #CREATE_ORDER} books a courier leg. Its idempotency key ({@value #IDEMPOTENCY_KEY}
 * header) goes with every attempt, so a booking sent again (a lost answer, a redelivery, the next
 * relay run) finds the order the courier already made. Server errors, timeouts, 408 and 429 are
 * redelivered with back-off; a courier that keeps failing opens a circuit breaker, so the relay's
 * next runs fail at once instead of waiting for timeouts; what the courier refuses (any other 4xx)
 * is not retried. What is given up goes to the dead-letter endpoint with the original order and
 * the error.</li>
 * <li>{@value #CANCEL_ORDER} cancels a booked order (header {@value #ORDER_ID}) the same way,
 * without the breaker: cancellations are rare.</li>
 * </ul>
 */
public class CourierRoutes extends RouteBuilder {
    public static final String CREATE_ORDER = "direct:courier-create-order";
    public static final String CANCEL_ORDER = "direct:courier-cancel-order";
    static final String POST_ORDER = "direct:courier-post-order";
    /** Header carrying a courier leg's idempotency key to the courier. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Exchange property naming the courier's order to cancel. */
    public static final String ORDER_ID = "LintasCourierOrderId";
    private static final String REQUEST = "LintasCourierRequest";

    /** How a call is tried again within one relay run: how often, after how long (doubling), and where it goes when given up. */
    public record Redelivery(int maximum, long firstDelayMs, String deadLetterUri) {
    }

    private final CourierEndpoint courier;
    private final Redelivery redelivery;

    public CourierRoutes(CourierEndpoint courier, Redelivery redelivery) {
        this.courier = courier;
        this.redelivery = redelivery;
    }

    @Override
    public void configure() {
        // the routes decide about retries; HttpClient's own (once more on a 503) would double them
        getContext().getComponent("http", HttpComponent.class)
                .setHttpClientConfigurer(HttpClientBuilder::disableAutomaticRetries);

        from(CREATE_ORDER).routeId("courier-create-order")
                .errorHandler(redeliveries())
                .onException(HttpOperationFailedException.class).onWhen(CourierRoutes::refused)
                    .maximumRedeliveries(0).end() // the courier said no: the same order cannot fare better
                .setProperty(REQUEST, body())
                .to(POST_ORDER);

        // one attempt, through the breaker: a failure goes back to the route above, which redelivers it
        from(POST_ORDER).routeId("courier-post-order")
                .errorHandler(noErrorHandler())
                .circuitBreaker().id("courier-booking-breaker")
                    .resilience4jConfiguration().slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                        .waitDurationInOpenState(15).throwExceptionWhenHalfOpenOrOpenState(true).end()
                    // the request, not the answer an earlier attempt left in the message
                    .setBody(exchangeProperty(REQUEST))
                    .removeHeaders("CamelHttp*")
                    .setHeader(Exchange.HTTP_METHOD, constant(HttpMethods.POST))
                    .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                    .setHeader("Authorization", constant("Bearer " + courier.key()))
                    .to(courier.uri("/orders", false))
                    .convertBodyTo(String.class)
                    .process(CourierRoutes::failUnlessAnswered) // a failure for the breaker
                .end()
                .process(CourierRoutes::failOnRefusal); // an answer for the breaker, a refusal for the relay

        from(CANCEL_ORDER).routeId("courier-cancel-order")
                .errorHandler(redeliveries())
                .onException(HttpOperationFailedException.class).onWhen(CourierRoutes::refused)
                    .maximumRedeliveries(0).end()
                .removeHeaders("CamelHttp*")
                .setHeader(Exchange.HTTP_METHOD, constant(HttpMethods.POST))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .setHeader("Authorization", constant("Bearer " + courier.key()))
                .toD(courier.uri("/orders/${exchangeProperty." + ORDER_ID + "}/cancel", true))
                .convertBodyTo(String.class);
    }

    private DeadLetterChannelBuilder redeliveries() {
        DeadLetterChannelBuilder builder = deadLetterChannel(redelivery.deadLetterUri());
        builder.useOriginalMessage().maximumRedeliveries(redelivery.maximum()).redeliveryDelay(redelivery.firstDelayMs())
                .useExponentialBackOff().backOffMultiplier(2).retryAttemptedLogLevel(LoggingLevel.INFO);
        return builder;
    }

    /** A server error, 408 or 429 (try again later) fails the call; any other answer is an answer. */
    private static void failUnlessAnswered(Exchange exchange) throws HttpOperationFailedException {
        int status = status(exchange);
        if (status >= 500 || status == 408 || status == 429) {
            throw failure(exchange, status);
        }
    }

    /** What the courier refused (any other 4xx) fails the call, not to be redelivered. */
    private static void failOnRefusal(Exchange exchange) throws HttpOperationFailedException {
        int status = status(exchange);
        if (status >= 300) {
            throw failure(exchange, status);
        }
    }

    private static int status(Exchange exchange) {
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        if (status == null) {
            throw new IllegalStateException("the courier's API gave no answer");
        }
        return status;
    }

    private static HttpOperationFailedException failure(Exchange exchange, int status) {
        return new HttpOperationFailedException(exchange.getMessage().getHeader(Exchange.HTTP_URI, String.class), status,
                exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_TEXT, String.class), null, Map.of(),
                exchange.getMessage().getBody(String.class));
    }

    private static boolean refused(Exchange exchange) {
        HttpOperationFailedException e = httpFailure(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
        return e != null && isRefusal(e.getStatusCode());
    }

    /** The courier's error answer behind a failure (the breaker wraps what fails in it), if it was one. */
    static HttpOperationFailedException httpFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpOperationFailedException http) {
                return http;
            }
        }
        return null;
    }

    /** A 4xx other than 408 and 429: the courier refuses this very request, sending it again cannot help. */
    static boolean isRefusal(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }
}

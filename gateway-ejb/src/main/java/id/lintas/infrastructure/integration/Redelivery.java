package id.lintas.infrastructure.integration;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.DeadLetterChannelBuilder;

/**
 * How the routes that serve an outbox (SIAK submissions, notifications) retry one attempt:
 * a few redeliveries with exponential back-off, then the original message to the dead-letter
 * endpoint with the error. The outbox entry's own back-off, across attempts, is the aggregate's.
 */
public record Redelivery(String deadLetterUri, int maximumRedeliveries, long delayMs) {
    /** Exchange property set by the last step of an outbox route: the attempt got through, if only on a redelivery. */
    public static final String DELIVERED = "LintasDelivered";

    /** A new error handler for one route. */
    public DeadLetterChannelBuilder deadLetterChannel() {
        DeadLetterChannelBuilder channel = new DeadLetterChannelBuilder(deadLetterUri);
        channel.useOriginalMessage().maximumRedeliveries(maximumRedeliveries).redeliveryDelay(delayMs)
                .useExponentialBackOff().backOffMultiplier(2).retryAttemptedLogLevel(LoggingLevel.INFO);
        return channel;
    }

    /**
     * Why an attempt failed, or null when it got through. An attempt that failed and then got
     * through on a redelivery still carries the first error as the caught exception, so only the
     * {@link #DELIVERED} mark at the route's end says it got through; the dead-letter channel keeps
     * the last error as the caught exception.
     */
    public static Exception failure(Exchange answer) {
        if (Boolean.TRUE.equals(answer.getProperty(DELIVERED, Boolean.class))) {
            return null;
        }
        Exception error = answer.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        return error != null ? error : answer.getException();
    }
}

package id.lintas.infrastructure.integration.courier;

import id.lintas.domain.model.courier.Shipment;
import id.lintas.domain.service.CourierService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The office's link to the courier company: a Camel context of its own (like the SIAK gateway's,
 * in a startup singleton) with the {@link CourierRoutes}. Where the courier is, its key and the
 * public address its status reports come back to are configuration ({@code LINTAS_COURIER_URL},
 * {@code LINTAS_COURIER_KEY}, {@code LINTAS_PUBLIC_URL}), so the sandbox and a real courier are
 * interchangeable.
 */
@Singleton
@Startup
@Local(CourierService.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CourierGateway implements CourierService {
    private static final Logger LOG = Logger.getLogger(CourierGateway.class.getName());
    static final String DEAD_LETTER = "log:id.lintas.courier.deadletter?level=WARN&showCaughtException=true&showBody=true";

    @Inject
    @ConfigProperty(name = "lintas.courier.url", defaultValue = "http://localhost:8090")
    String url;

    @Inject
    @ConfigProperty(name = "lintas.courier.key", defaultValue = "courier-key")
    String key;

    @Inject
    @ConfigProperty(name = "lintas.courier.timeout-ms", defaultValue = "5000")
    long timeoutMs;

    @Inject
    @ConfigProperty(name = "lintas.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    private CourierEndpoint endpoint;
    private CamelContext camel;
    private ProducerTemplate producer;

    @PostConstruct
    void start() {
        endpoint = CourierEndpoint.of(url, key, Duration.ofMillis(timeoutMs), publicUrl);
        camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("lintas-courier");
        try {
            camel.addRoutes(new CourierRoutes(endpoint, new CourierRoutes.Redelivery(2, 250, DEAD_LETTER)));
            camel.start();
        } catch (Exception e) {
            throw new IllegalStateException("the courier gateway did not start", e);
        }
        producer = camel.createProducerTemplate();
        LOG.info(() -> "Courier gateway to " + endpoint.baseUrl() + ", status reports to " + endpoint.callbackUrl());
    }

    @PreDestroy
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    @Override
    public Booking book(Shipment shipment) {
        Exchange answer = call(CourierRoutes.CREATE_ORDER, e -> {
            e.getIn().setHeader(CourierRoutes.IDEMPOTENCY_KEY, shipment.idempotencyKey());
            e.getIn().setBody(CourierJson.order(shipment, endpoint.callbackUrl()));
        });
        Exception error = failure(answer);
        if (error == null) {
            try {
                return new Booking(Outcome.DONE, CourierJson.bookedOrder(answer.getMessage().getBody(String.class)), null);
            } catch (RuntimeException unreadable) {
                return new Booking(Outcome.FAILED_FOR_NOW, null, "the courier's answer is unreadable: " + unreadable.getMessage());
            }
        }
        return new Booking(refused(error) ? Outcome.REFUSED : Outcome.FAILED_FOR_NOW, null, describe(error));
    }

    @Override
    public Cancellation cancel(Shipment shipment) {
        Exchange answer = call(CourierRoutes.CANCEL_ORDER, e -> {
            e.setProperty(CourierRoutes.ORDER_ID, shipment.orderId().orElseThrow());
            e.getIn().setBody(CourierJson.cancellation(shipment));
        });
        Exception error = failure(answer);
        HttpOperationFailedException http = CourierRoutes.httpFailure(error);
        if (error == null || http != null && http.getStatusCode() == 404) {
            return new Cancellation(Outcome.DONE, null); // cancelled, or the courier has no such order to cancel
        }
        return new Cancellation(refused(error) ? Outcome.REFUSED : Outcome.FAILED_FOR_NOW, describe(error));
    }

    private Exchange call(String route, Consumer<Exchange> request) {
        return producer.request(route, request::accept);
    }

    /**
     * The call's failure, whether the dead-letter channel handled it or not; {@code null} when the
     * courier answered 2xx (a redelivery that succeeded leaves the earlier attempt's exception behind).
     */
    static Exception failure(Exchange answer) {
        Integer status = answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        if (answer.getException() == null && status != null && status < 300) {
            return null;
        }
        Exception error = answer.getException() != null ? answer.getException()
                : answer.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        return error != null ? error : new IllegalStateException("the courier's API gave no answer");
    }

    private static boolean refused(Exception error) {
        HttpOperationFailedException http = CourierRoutes.httpFailure(error);
        return http != null && CourierRoutes.isRefusal(http.getStatusCode());
    }

    private static String describe(Exception error) {
        HttpOperationFailedException http = CourierRoutes.httpFailure(error);
        if (http != null) {
            return http.getStatusCode() + " " + CourierJson.refusal(http.getResponseBody());
        }
        Throwable cause = error.getCause() != null && error instanceof org.apache.camel.RuntimeCamelException ? error.getCause() : error;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}

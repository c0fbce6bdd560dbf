package id.lintas.interfaces.rest.courier;

import id.lintas.application.courier.CourierLegs;
import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.Jsons;
import id.lintas.infrastructure.integration.courier.CourierJson;
import id.lintas.interfaces.rest.ProblemResponses;
import id.lintas.interfaces.rest.WebhookSignature;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The courier company's status webhooks: {@code POST /api/v1/courier/events}. Nobody signs in;
 * instead the courier signs each body ({@code X-Courier-Signature}, HMAC-SHA256 with the shared
 * secret {@code LINTAS_COURIER_WEBHOOK_SECRET}): a missing or wrong signature is a 401 and nothing
 * is read or recorded. {@code X-Courier-Event-Id} makes it idempotent: the courier sends an event
 * again until it hears a 2xx, and the same event is recorded once and answered 200 every time.
 * An order no courier leg has is a 404 (the courier gives it up after its retries).
 */
@RequestScoped
@Path("v1/courier/events")
public class CourierEventsResource {
    static final String SIGNATURE = "X-Courier-Signature";
    static final String EVENT_ID = "X-Courier-Event-Id";
    private static final String INSTANCE = "/api/v1/courier/events";

    @Inject
    @ConfigProperty(name = "lintas.courier.webhook-secret", defaultValue = "courier-webhook-secret")
    String secret;

    @EJB
    CourierLegs legs;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(byte[] body, @HeaderParam(SIGNATURE) String signature,
            @HeaderParam(EVENT_ID) String eventId) {
        if (!new WebhookSignature(secret).matches(body, signature)) {
            return ProblemResponses.of(401, new BusinessException("courier.webhook.signature"), INSTANCE);
        }
        CourierJson.StatusEvent event;
        try {
            event = CourierJson.statusEvent(body, eventId);
        } catch (IllegalArgumentException unreadable) {
            return ProblemResponses.of(400, new BusinessException("courier.webhook.unreadable", unreadable.getMessage()), INSTANCE);
        }
        CourierLegs.Receipt receipt = legs.report(event.referenceId(), event.report());
        if (receipt == CourierLegs.Receipt.UNKNOWN_ORDER) {
            return ProblemResponses.of(404, new BusinessException("courier.webhook.unknownOrder", event.report().orderId(),
                    event.referenceId()), INSTANCE);
        }
        return Response.ok(Jsons.createObjectBuilder().add("eventId", event.report().eventId())
                .add("recorded", receipt == CourierLegs.Receipt.RECORDED).build().toString()).build();
    }
}

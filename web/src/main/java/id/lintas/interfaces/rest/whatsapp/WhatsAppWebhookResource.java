package id.lintas.interfaces.rest.whatsapp;

import id.lintas.application.whatsapp.WhatsAppInbox;
import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.Jsons;
import id.lintas.infrastructure.integration.whatsapp.CloudApi;
import id.lintas.infrastructure.integration.whatsapp.CloudApiJson;
import id.lintas.interfaces.rest.ProblemResponses;
import id.lintas.interfaces.rest.WebhookSignature;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The WhatsApp Cloud API's webhook: {@code /api/v1/whatsapp/webhook}, the callback URL configured
 * in the Meta app. Nobody signs in (see web.xml); instead:
 * <ul>
 * <li>{@code GET} is Meta's subscription handshake: with {@code hub.mode=subscribe} and the
 * {@code hub.verify_token} the office chose ({@code lintas.whatsapp.verify-token}), the answer is
 * {@code hub.challenge} as plain text; anything else is a 403.</li>
 * <li>{@code POST} carries messages and delivery statuses, signed by Meta
 * ({@code X-Hub-Signature-256: sha256=<hex>}, HMAC-SHA256 of the raw body with the app secret
 * {@code lintas.whatsapp.app-secret}; both default to the sandbox's, see {@link CloudApi}): a missing or wrong signature is a 401 and nothing is read
 * or stored. A signed body is stored as it came (each message once per wamid: Meta delivers again
 * until it hears a 200, and a replay is answered 200 and stored once) and answered at once; the
 * conversations run afterwards, in the background.</li>
 * </ul>
 */
@RequestScoped
@Path("v1/whatsapp/webhook")
public class WhatsAppWebhookResource {
    static final String SIGNATURE = "X-Hub-Signature-256";
    private static final String INSTANCE = "/api/v1/whatsapp/webhook";

    @Inject
    @ConfigProperty(name = "lintas.whatsapp.verify-token", defaultValue = CloudApi.DEFAULT_VERIFY_TOKEN)
    String verifyToken;

    @Inject
    @ConfigProperty(name = "lintas.whatsapp.app-secret", defaultValue = CloudApi.DEFAULT_APP_SECRET)
    String appSecret;

    @EJB
    WhatsAppInbox inbox;

    /** Meta's subscription handshake. */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public Response verify(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
            @QueryParam("hub.challenge") String challenge) {
        if (!"subscribe".equals(mode) || token == null || challenge == null || !MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), verifyToken.getBytes(StandardCharsets.UTF_8))) {
            return ProblemResponses.of(403, new BusinessException("whatsapp.webhook.verify"), INSTANCE);
        }
        return Response.ok(challenge, MediaType.TEXT_PLAIN).build();
    }

    /** Messages and statuses from Meta. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(byte[] body, @HeaderParam(SIGNATURE) String signature) {
        if (!new WebhookSignature(appSecret).matches(body, signature)) {
            return ProblemResponses.of(401, new BusinessException("whatsapp.webhook.signature"), INSTANCE);
        }
        List<CloudApiJson.Change> changes;
        try {
            changes = CloudApiJson.webhook(body);
        } catch (IllegalArgumentException unreadable) {
            return ProblemResponses.of(400, new BusinessException("whatsapp.webhook.unreadable", unreadable.getMessage()), INSTANCE);
        }
        WhatsAppInbox.Receipt receipt = inbox.receive(changes);
        return Response.ok(Jsons.createObjectBuilder().add("messages", receipt.messages())
                .add("repeatedMessages", receipt.repeatedMessages()).add("statuses", receipt.reports())
                .add("repeatedStatuses", receipt.repeatedReports()).build().toString()).build();
    }
}

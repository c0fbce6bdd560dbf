package id.lintas.infrastructure.integration.whatsapp;

import id.lintas.infrastructure.integration.HttpCalls;
import id.lintas.infrastructure.integration.Redelivery;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The office's line to the WhatsApp Cloud API (Meta's, or the sandbox that plays it): sending
 * messages and fetching the files residents send. A Camel context of its own with the
 * {@link WhatsAppRoutes}; each call is one attempt with the routes' redeliveries, and says what
 * happened: done, refused (a Graph error about the request: sending it again cannot help), or
 * failed for now. Configuration: {@code lintas.whatsapp.url}, {@code version}, {@code token},
 * {@code phone-number-id}, {@code timeout-ms} (defaults: the sandbox's, see {@link CloudApi}).
 */
@Singleton
@Startup
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WhatsAppGateway {
    private static final Logger LOG = Logger.getLogger(WhatsAppGateway.class.getName());
    static final String DEAD_LETTER = "log:id.lintas.whatsapp.deadletter?level=WARN&showCaughtException=true&showBody=false";

    /** How a call ended. */
    public enum Result { DONE, REFUSED, FAILED_FOR_NOW }

    /** A message sent: its wamid when done, else why not. */
    public record Sent(Result result, String wamid, String error) {
    }

    /** A file fetched: its bytes when done; {@code size} is what Graph announced (-1 unknown), {@code tooLarge} when that is over the limit. */
    public record Fetched(Result result, byte[] bytes, String mimeType, long size, boolean tooLarge, String error) {
    }

    @Inject
    @ConfigProperty(name = "lintas.whatsapp.url", defaultValue = CloudApi.DEFAULT_URL)
    String url;

    @Inject
    @ConfigProperty(name = "lintas.whatsapp.version", defaultValue = CloudApi.DEFAULT_VERSION)
    String version;

    @Inject
    @ConfigProperty(name = "lintas.whatsapp.phone-number-id", defaultValue = CloudApi.DEFAULT_PHONE_NUMBER_ID)
    String phoneNumberId;

    @Inject
    @ConfigProperty(name = "lintas.whatsapp.token", defaultValue = CloudApi.DEFAULT_TOKEN)
    String token;

    @Inject
    @ConfigProperty(name = "lintas.whatsapp.timeout-ms", defaultValue = "10000")
    long timeoutMs;

    private CamelContext camel;
    private ProducerTemplate producer;

    @PostConstruct
    void start() {
        CloudApi api = new CloudApi(url, version, phoneNumberId, token, Duration.ofMillis(timeoutMs));
        camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("lintas-whatsapp");
        try {
            camel.addRoutes(new WhatsAppRoutes(api, new Redelivery(DEAD_LETTER, 2, 500)));
            camel.start();
        } catch (Exception e) {
            throw new IllegalStateException("the WhatsApp gateway did not start", e);
        }
        producer = camel.createProducerTemplate();
        LOG.info(() -> "WhatsApp gateway (Camel " + camel.getVersion() + "): " + api.messagesUrl());
    }

    /** For tests: a gateway on a context that already has the routes. */
    static WhatsAppGateway on(CamelContext camel) {
        WhatsAppGateway g = new WhatsAppGateway();
        g.camel = camel;
        g.producer = camel.createProducerTemplate();
        return g;
    }

    @PreDestroy
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    /** POSTs a message body (as made by {@link CloudApiJson}) to the messages endpoint. */
    public Sent send(String payload) {
        Exchange answer = producer.request(WhatsAppRoutes.SEND, e -> e.getIn().setBody(payload.getBytes(StandardCharsets.UTF_8)));
        Exception error = Redelivery.failure(answer);
        if (error != null) {
            return new Sent(classify(error), null, describe(error));
        }
        try {
            return new Sent(Result.DONE, CloudApiJson.acceptedWamid(answer.getMessage().getBody(String.class)), null);
        } catch (IllegalArgumentException unexpected) {
            return new Sent(Result.FAILED_FOR_NOW, null, unexpected.getMessage());
        }
    }

    /**
     * Fetches a resident's file: asks Graph for its URL, then downloads it with the token. A file
     * Graph announces as larger than {@code maxBytes} is not downloaded; one that turns out larger
     * is not kept.
     */
    public Fetched fetch(String mediaId, long maxBytes) {
        Exchange info = producer.request(WhatsAppRoutes.MEDIA, e -> e.getIn().setHeader(WhatsAppRoutes.MEDIA_ID, mediaId));
        Exception error = Redelivery.failure(info);
        if (error != null) {
            return new Fetched(classify(error), null, null, -1, false, describe(error));
        }
        CloudApiJson.MediaInfo media;
        try {
            media = CloudApiJson.media(info.getMessage().getBody(String.class));
        } catch (IllegalArgumentException unexpected) {
            return new Fetched(Result.FAILED_FOR_NOW, null, null, -1, false, unexpected.getMessage());
        }
        if (media.fileSize() > maxBytes) {
            return new Fetched(Result.DONE, null, media.mimeType(), media.fileSize(), true, null);
        }
        Exchange download = producer.request(WhatsAppRoutes.DOWNLOAD, e -> e.setProperty(WhatsAppRoutes.URL, media.url()));
        error = Redelivery.failure(download);
        if (error != null) {
            return new Fetched(classify(error), null, media.mimeType(), media.fileSize(), false, describe(error));
        }
        byte[] bytes = download.getMessage().getBody(byte[].class);
        if (bytes == null) {
            bytes = new byte[0];
        }
        if (bytes.length > maxBytes) {
            return new Fetched(Result.DONE, null, media.mimeType(), bytes.length, true, null);
        }
        return new Fetched(Result.DONE, bytes, media.mimeType(), bytes.length, false, null);
    }

    /** A file uploaded: its media id when done, else why not. */
    public record Uploaded(Result result, String mediaId, String error) {
    }

    /**
     * Uploads a file the office sends (a signed PDF) to Graph's media endpoint, as Meta takes it:
     * {@code multipart/form-data} with {@code messaging_product=whatsapp}, {@code type} and the
     * file; a message then names the media id Graph answers with.
     */
    public Uploaded upload(byte[] content, String mimeType, String filename) {
        String boundary = "lintas-" + java.util.UUID.randomUUID();
        byte[] body = CloudApiJson.multipart(boundary, content, mimeType, filename);
        Exchange answer = producer.request(WhatsAppRoutes.UPLOAD, e -> {
            e.setProperty(WhatsAppRoutes.CONTENT_TYPE, "multipart/form-data; boundary=" + boundary);
            e.getIn().setBody(body);
        });
        Exception error = Redelivery.failure(answer);
        if (error != null) {
            return new Uploaded(classify(error), null, describe(error));
        }
        try {
            return new Uploaded(Result.DONE, CloudApiJson.uploadedMediaId(answer.getMessage().getBody(String.class)), null);
        } catch (IllegalArgumentException unexpected) {
            return new Uploaded(Result.FAILED_FOR_NOW, null, unexpected.getMessage());
        }
    }

    private static Result classify(Exception error) {
        return error instanceof HttpOperationFailedException http && HttpCalls.isRefusal(http.getStatusCode()) ? Result.REFUSED
                : Result.FAILED_FOR_NOW;
    }

    private static String describe(Throwable error) {
        if (error instanceof HttpOperationFailedException http) {
            return http.getStatusCode() + " " + CloudApiJson.graphError(http.getResponseBody());
        }
        StringBuilder b = new StringBuilder(error.getClass().getSimpleName() + ": " + error.getMessage());
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            b.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return b.toString();
    }
}

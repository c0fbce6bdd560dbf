package id.lintas.infrastructure.integration.notification;

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
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The office's outgoing notifications: partners' status callbacks over HTTP and emails through
 * the office's SMTP server ({@code LINTAS_SMTP_HOST}; without one, emails are written to the
 * server log). A Camel context of its own (in this startup singleton, as for SIAK) with the
 * {@link NotificationRoutes}. Each call is one attempt, with the route's redeliveries; the
 * outbox's relay decides what the outcome means.
 */
@Singleton
@Startup
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationGateway {
    private static final Logger LOG = Logger.getLogger(NotificationGateway.class.getName());
    static final String DEAD_LETTER = "log:id.lintas.notification.deadletter?level=WARN&showCaughtException=true&showBody=false";
    /** Header of a callback and of an email: the event's id, the same on every attempt. */
    public static final String EVENT_ID = "X-Lintas-Event-Id";
    /** Header of a callback: the event's name. */
    public static final String EVENT = "X-Lintas-Event";

    /** How one attempt ended. */
    public record Outcome(Result result, String error) {
        public enum Result { SENT, FAILED_FOR_NOW, REFUSED }

        static final Outcome SENT = new Outcome(Result.SENT, null);
    }

    @Inject
    @ConfigProperty(name = "lintas.callback.timeout-ms", defaultValue = "5000")
    long callbackTimeoutMs;

    /** The mail server's settings, {@code lintas.smtp.*} and {@code lintas.mail.from} ({@link MailServer#configured}). */
    @Inject
    Config config;

    private CamelContext camel;
    private ProducerTemplate producer;

    @PostConstruct
    void start() {
        Optional<MailServer> mail = MailServer.configured(config);
        camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("lintas-notifications");
        try {
            camel.addRoutes(new NotificationRoutes(Duration.ofMillis(callbackTimeoutMs), mail, new Redelivery(DEAD_LETTER, 2, 500)));
            camel.start();
        } catch (Exception e) {
            throw new IllegalStateException("the notification gateway did not start", e);
        }
        producer = camel.createProducerTemplate();
        LOG.info(() -> "notification gateway (Camel " + camel.getVersion() + "): callbacks over HTTP, email "
                + mail.map(MailServer::toString).orElse("to the server log (LINTAS_SMTP_HOST is not set)"));
    }

    @PreDestroy
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    /** POSTs {@code body} (UTF-8) to {@code url} with {@code headers} (signature, event id, event). */
    public Outcome post(String url, Map<String, String> headers, String body) {
        Exchange answer = producer.request(NotificationRoutes.CALLBACK, e -> {
            e.setProperty(NotificationRoutes.URL, url);
            headers.forEach(e.getIn()::setHeader);
            e.getIn().setBody(body.getBytes(StandardCharsets.UTF_8));
        });
        Exception error = Redelivery.failure(answer);
        if (error == null) {
            return Outcome.SENT;
        }
        if (error instanceof HttpOperationFailedException http) {
            String said = http.getStatusCode() + " " + clip(http.getResponseBody());
            return new Outcome(HttpCalls.isRefusal(http.getStatusCode()) ? Outcome.Result.REFUSED : Outcome.Result.FAILED_FOR_NOW,
                    said);
        }
        return new Outcome(Outcome.Result.FAILED_FOR_NOW, describe(error));
    }

    /** A file attached to an email. */
    public record Attachment(String fileName, String contentType, byte[] bytes) {
    }

    /** Sends a plain-text email (UTF-8) to {@code to}, with the event id as a header. */
    public Outcome mail(String to, String subject, String text, String eventId) {
        return mail(to, subject, text, eventId, java.util.List.of());
    }

    /** Sends a plain-text email (UTF-8) with files attached (multipart/mixed), the event id as a header. */
    public Outcome mail(String to, String subject, String text, String eventId, java.util.List<Attachment> attachments) {
        Exchange answer = producer.request(NotificationRoutes.MAIL, e -> {
            e.getIn().setHeader("To", to);
            e.getIn().setHeader("Subject", subject);
            e.getIn().setHeader(EVENT_ID, eventId);
            e.getIn().setBody(text);
            if (!attachments.isEmpty()) {
                org.apache.camel.attachment.AttachmentMessage message = e.getIn(org.apache.camel.attachment.AttachmentMessage.class);
                for (Attachment a : attachments) {
                    message.addAttachment(a.fileName(), new jakarta.activation.DataHandler(
                            new jakarta.mail.util.ByteArrayDataSource(a.bytes(), a.contentType())));
                }
            }
        });
        Exception error = Redelivery.failure(answer);
        if (error == null) {
            return Outcome.SENT;
        }
        return new Outcome(MailFailures.rejectedAddress(error) ? Outcome.Result.REFUSED : Outcome.Result.FAILED_FOR_NOW,
                describe(error));
    }

    private static String describe(Throwable error) {
        StringBuilder b = new StringBuilder(error.getClass().getSimpleName() + ": " + error.getMessage());
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            b.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return b.toString();
    }

    private static String clip(String body) {
        return body == null ? "" : body.length() > 500 ? body.substring(0, 500) : body;
    }
}

package id.lintas.infrastructure.integration.notification;

import id.lintas.infrastructure.integration.HttpCalls;
import id.lintas.infrastructure.integration.Redelivery;
import jakarta.mail.SendFailedException;
import java.time.Duration;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpMethods;
import org.apache.camel.component.mail.MailComponent;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * The routes of notifications from the outbox; they carry and retry, the relay decides.
 * <ul>
 * <li>{@value #CALLBACK}: POSTs a partner's callback to the URL in the {@value #URL} property, with
 * the headers it was given (signature, event id, event). Server errors, timeouts, 408 and 429 are
 * redelivered with back-off; a refusal (another 4xx) is not. What still fails goes to the
 * dead-letter endpoint, and the relay backs the entry off.</li>
 * <li>{@value #MAIL}: sends an email (headers {@code To}, {@code Subject}) through the SMTP server,
 * or, when none is configured, writes it to the log. An address the server rejects is not
 * redelivered.</li>
 * </ul>
 */
public class NotificationRoutes extends RouteBuilder {
    public static final String CALLBACK = "direct:notify-callback";
    public static final String MAIL = "direct:notify-mail";
    /** Exchange property: the URL a callback goes to. */
    public static final String URL = "LintasCallbackUrl";
    /** Where mail goes when no SMTP server is configured. */
    static final String MAIL_LOG = "log:id.lintas.mail?level=INFO&showHeaders=true&showBody=true";

    private final Duration callbackTimeout;
    private final Optional<MailServer> mailServer;
    private final Redelivery redelivery;

    public NotificationRoutes(Duration callbackTimeout, Optional<MailServer> mailServer, Redelivery redelivery) {
        this.callbackTimeout = callbackTimeout;
        this.mailServer = mailServer;
        this.redelivery = redelivery;
    }

    @Override
    public void configure() {
        HttpCalls.withoutAutomaticRetries(getContext());
        mailServer.ifPresent(this::configureMail);

        from(CALLBACK).routeId("notify-callback")
                .errorHandler(redelivery.deadLetterChannel())
                .onException(HttpOperationFailedException.class).onWhen(HttpCalls::refused)
                    .maximumRedeliveries(0).end() // the partner refused this body: the same again cannot help
                .removeHeaders("CamelHttp*")
                .setHeader(Exchange.HTTP_METHOD, constant(HttpMethods.POST))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json; charset=utf-8"))
                .setHeader(Exchange.HTTP_URI, exchangeProperty(URL))
                .to("http://partner-callback?" + HttpCalls.options(callbackTimeout, true))
                .convertBodyTo(String.class)
                .setProperty(Redelivery.DELIVERED, constant(true));

        from(MAIL).routeId("notify-mail")
                .errorHandler(redelivery.deadLetterChannel())
                .onException(SendFailedException.class).onWhen(e -> MailFailures.rejectedAddress(
                        e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)))
                    .maximumRedeliveries(0).end() // the server will not take this address
                .setHeader(Exchange.CONTENT_TYPE, constant("text/plain; charset=UTF-8"))
                .to(mailServer.map(MailServer::uri).orElse(MAIL_LOG))
                .setProperty(Redelivery.DELIVERED, constant(true));
    }

    private void configureMail(MailServer server) {
        MailComponent mail = getContext().getComponent(server.security().equals("ssl") ? "smtps" : "smtp", MailComponent.class);
        var config = mail.getConfiguration();
        if (server.user() != null) {
            config.setUsername(server.user());
            config.setPassword(server.password());
        }
        config.setFrom(server.from());
        config.setAdditionalJavaMailProperties(server.javaMailProperties());
    }
}

package id.lintas.infrastructure.integration.whatsapp;

import id.lintas.infrastructure.integration.HttpCalls;
import id.lintas.infrastructure.integration.Redelivery;
import org.apache.camel.component.http.HttpMethods;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * The routes to the WhatsApp Cloud API; they carry and retry, the relays decide.
 * <ul>
 * <li>{@value #SEND}: POSTs a message body to {@code /{version}/{phone-number-id}/messages}; the
 * answer (with the wamid) is the body that comes back.</li>
 * <li>{@value #MEDIA}: GETs {@code /{version}/{media-id}} (the media id in {@value #MEDIA_ID}): the
 * JSON with the file's short-lived URL.</li>
 * <li>{@value #DOWNLOAD}: GETs that URL (in {@value #URL}) with the same bearer token: the bytes.</li>
 * <li>{@value #UPLOAD}: POSTs a file the office sends (a multipart body, its content type with the
 * boundary in {@value #CONTENT_TYPE}) to {@code /{version}/{phone-number-id}/media}: the JSON with
 * its media id.</li>
 * </ul>
 * Every call carries {@code Authorization: Bearer} and has timeouts; server errors, timeouts, 408
 * and 429 (Meta's throttling) are redelivered with back-off; another 4xx (a Graph error about the
 * request itself) is not. What still fails goes to the dead-letter endpoint.
 */
public class WhatsAppRoutes extends RouteBuilder {
    public static final String SEND = "direct:wa-send";
    public static final String MEDIA = "direct:wa-media";
    public static final String DOWNLOAD = "direct:wa-download";
    public static final String UPLOAD = "direct:wa-upload";
    /** Exchange property: the multipart body's content type, with its boundary. */
    public static final String CONTENT_TYPE = "LintasContentType";
    /** Header: the media id asked about. */
    public static final String MEDIA_ID = "LintasMediaId";
    /** Exchange property: the download URL Graph gave. */
    public static final String URL = "LintasMediaUrl";

    private final CloudApi api;
    private final Redelivery redelivery;

    public WhatsAppRoutes(CloudApi api, Redelivery redelivery) {
        this.api = api;
        this.redelivery = redelivery;
    }

    @Override
    public void configure() {
        HttpCalls.withoutAutomaticRetries(getContext());
        String endpoint = "http://whatsapp-cloud-api?" + HttpCalls.options(api.timeout(), true);

        from(SEND).routeId("wa-send")
                .errorHandler(redelivery.deadLetterChannel())
                .onException(HttpOperationFailedException.class).onWhen(HttpCalls::refused)
                    .maximumRedeliveries(0).end()
                .removeHeaders("*")
                .setHeader(Exchange.HTTP_METHOD, constant(HttpMethods.POST))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json; charset=utf-8"))
                .setHeader("Authorization", constant(api.authorization()))
                .setHeader(Exchange.HTTP_URI, constant(api.messagesUrl()))
                .to(endpoint)
                .convertBodyTo(String.class)
                .setProperty(Redelivery.DELIVERED, constant(true));

        from(MEDIA).routeId("wa-media")
                .errorHandler(redelivery.deadLetterChannel())
                .onException(HttpOperationFailedException.class).onWhen(HttpCalls::refused)
                    .maximumRedeliveries(0).end()
                .process(e -> e.getIn().setHeader(Exchange.HTTP_URI, api.mediaUrl(e.getIn().getHeader(MEDIA_ID, String.class))))
                .removeHeaders("*", Exchange.HTTP_URI)
                .setHeader(Exchange.HTTP_METHOD, constant(HttpMethods.GET))
                .setHeader("Authorization", constant(api.authorization()))
                .setBody(constant((Object) null))
                .to(endpoint)
                .convertBodyTo(String.class)
                .setProperty(Redelivery.DELIVERED, constant(true));

        from(DOWNLOAD).routeId("wa-download")
                .errorHandler(redelivery.deadLetterChannel())
                .onException(HttpOperationFailedException.class).onWhen(HttpCalls::refused)
                    .maximumRedeliveries(0).end()
                .removeHeaders("*")
                .setHeader(Exchange.HTTP_METHOD, constant(HttpMethods.GET))
                .setHeader("Authorization", constant(api.authorization()))
                .setHeader(Exchange.HTTP_URI, exchangeProperty(URL))
                .setBody(constant((Object) null))
                .to(endpoint)
                .convertBodyTo(byte[].class)
                .setProperty(Redelivery.DELIVERED, constant(true));

        from(UPLOAD).routeId("wa-upload")
                .errorHandler(redelivery.deadLetterChannel())
                .onException(HttpOperationFailedException.class).onWhen(HttpCalls::refused)
                    .maximumRedeliveries(0).end()
                .removeHeaders("*")
                .setHeader(Exchange.HTTP_METHOD, constant(HttpMethods.POST))
                .setHeader(Exchange.CONTENT_TYPE, exchangeProperty(CONTENT_TYPE))
                .setHeader("Authorization", constant(api.authorization()))
                .setHeader(Exchange.HTTP_URI, constant(api.uploadUrl()))
                .to(endpoint)
                .convertBodyTo(String.class)
                .setProperty(Redelivery.DELIVERED, constant(true));
    }
}

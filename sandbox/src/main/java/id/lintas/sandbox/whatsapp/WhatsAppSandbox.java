package id.lintas.sandbox.whatsapp;

import id.lintas.sandbox.SandboxModule;
import id.lintas.sandbox.fault.FaultInjector;
import id.lintas.sandbox.http.ApiKey;
import id.lintas.sandbox.http.ErrorFormat;
import id.lintas.sandbox.http.Json;
import id.lintas.sandbox.http.Reply;
import id.lintas.sandbox.http.Router;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.TreeMap;

/**
 * The office's WhatsApp number as Meta's WhatsApp Business Cloud API serves it, played for the
 * gateway, which receives residents' applications over WhatsApp: the Graph API under
 * {@code /{version}} (bearer access token, Graph errors: messages, media upload and download), the
 * webhook subscription with its verification handshake and {@code X-Hub-Signature-256}-signed,
 * retried deliveries, and simulated phones under {@code /sandbox/admin/whatsapp} that write to the
 * office, read what it sends and reply to its buttons and lists. The gateway talks to it exactly as
 * to {@code https://graph.facebook.com}; only the base URL and the credentials differ.
 *
 * <p>Closing it stops its webhook deliveries and its phones.
 */
public final class WhatsAppSandbox implements SandboxModule {
    /** Bodies up to this size on the Graph API and the admin API (uploads; Meta takes documents up to 100 MB). */
    public static final int MAX_BODY_BYTES = 16 << 20;

    private final WhatsAppSettings settings;
    private final FaultInjector faults;
    private final MediaStore media;
    private final WebhookChannel webhooks;
    private final Conversations conversations;
    private final GraphApi api;
    private final PhoneApi phones;

    /**
     * @param baseUrl where the sandbox is reached, e.g. {@code http://127.0.0.1:8090}: media URLs point under it
     * @param clock   stamps messages, judges the 24-hour window and media URL expiry
     */
    public WhatsAppSandbox(WhatsAppSettings settings, String baseUrl, Clock clock) {
        this.settings = settings;
        this.faults = new FaultInjector("WhatsApp", clock);
        this.media = new MediaStore(clock, settings.mediaUrlTtl(), settings.appSecret());
        this.webhooks = new WebhookChannel(settings.appSecret(), settings.webhookRetries(), clock);
        this.conversations = new Conversations(settings, clock, media, webhooks);
        this.api = new GraphApi(settings, conversations, media, baseUrl + settings.basePath(), clock);
        this.phones = new PhoneApi(settings, conversations, media, webhooks, clock);
        if (settings.webhookUrl() != null) {
            webhooks.subscribeInBackground(settings.webhookUrl(), settings.verifyToken());
        }
    }

    @Override
    public String name() {
        return "whatsapp";
    }

    @Override
    public String contextPath() {
        return settings.basePath();
    }

    @Override
    public Router router() {
        return api.router();
    }

    @Override
    public FaultInjector faults() {
        return faults;
    }

    @Override
    public ApiKey apiKey() {
        return ApiKey.bearer(settings.accessToken());
    }

    @Override
    public ErrorFormat errorFormat() {
        return GraphErrors.FORMAT;
    }

    @Override
    public Router adminRoutes() {
        return phones.routes();
    }

    @Override
    public int maxBodyBytes() {
        return MAX_BODY_BYTES;
    }

    public WhatsAppSettings settings() {
        return settings;
    }

    /** Told of each message the business sends, as the messages endpoint accepts it (embedded use: a benchmark's reply times). */
    public interface SendListener {
        void accepted(String waId, String type, java.time.Instant at);
    }

    /** {@code listener} is told of every message accepted from now on ({@code null}: none); it runs on the request's thread. */
    public void onSend(SendListener listener) {
        conversations.onSend(listener);
    }

    /**
     * Delivers webhooks on {@code lanes} connections at once, as Meta does (embedded use: a
     * benchmark); one phone's deliveries still go one at a time, in order. Default 1: all in order.
     */
    public void deliverWebhooksOn(int lanes) {
        webhooks.lanes(lanes);
    }

    /** Whether a subscription has passed the handshake (deliveries flow). */
    public boolean subscribed() {
        return webhooks.subscription() != null;
    }

    @Override
    public JsonObject stats() {
        JsonObjectBuilder messages = Json.object();
        conversations.counters().forEach(messages::add);
        JsonObjectBuilder mediaJson = Json.object();
        new TreeMap<>(media.counters()).forEach(mediaJson::add);
        JsonObjectBuilder webhooksJson = Json.object();
        new TreeMap<>(webhooks.counters()).forEach(webhooksJson::add);
        JsonArrayBuilder retries = Json.array();
        webhooks.retries().delays().stream().map(Duration::toMillis).forEach(retries::add);
        return Json.object()
                .add("module", name())
                .add("subscribed", subscribed())
                .add("messages", messages)
                .add("media", mediaJson)
                .add("webhooks", webhooksJson.add("retryDelaysMs", retries))
                .add("serviceWindow", settings.serviceWindow())
                .add("faults", faults.toJson())
                .build();
    }

    @Override
    public JsonObject samples(int count) {
        return WhatsAppSamples.samples(settings, count);
    }

    /** Every message both ways as the admin API's {@code /messages/{id}} shows it, oldest first. */
    @Override
    public Reply.Streamed export() {
        return Reply.Streamed.ndjson(() -> conversations.all().stream().map(m -> m instanceof Outbound sent
                ? Json.object().add("direction", "outbound").add("wa_id", sent.waId())
                        .add("message", WhatsAppJson.inboxEntry(sent, media, PhoneApi.BASE)).build()
                : Json.object().add("direction", "inbound").add("wa_id", ((Inbound) m).waId())
                        .add("envelope", ((Inbound) m).envelope()).build()));
    }

    @Override
    public void close() {
        webhooks.close();
        conversations.close();
    }
}

package id.lintas.sandbox.courier;

import id.lintas.sandbox.SandboxModule;
import id.lintas.sandbox.courier.order.Order;
import id.lintas.sandbox.courier.order.OrderBook;
import id.lintas.sandbox.courier.progress.AutoProgress;
import id.lintas.sandbox.courier.webhook.RetrySchedule;
import id.lintas.sandbox.courier.webhook.WebhookDispatcher;
import id.lintas.sandbox.courier.webhook.WebhookSigner;
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
 * A same-day courier company played for the gateway, which will send it the paper file of a birth
 * registration from a hospital to the office and the signed documents back: orders with
 * idempotency under {@code /courier/v1} ({@code Authorization: Bearer} key, its own error body),
 * drivers that move orders along their lifecycle (by the admin API, or by themselves under AUTO
 * {@linkplain #progress() progress}), signed status webhooks with retries, and a fault injector for
 * its API. Closing it stops its timer and its webhook deliveries.
 *
 * <p>Embedded: {@code sandbox.courier().orders().advance(id, OrderStatus.PICKED_UP)} plays the
 * driver; {@code sandbox.courier().progress().set(ProgressPolicy.auto(50))} lets drivers move by
 * themselves.
 */
public final class CourierSandbox implements SandboxModule {
    private final CourierSettings settings;
    private final FaultInjector faults;
    private final WebhookDispatcher webhooks;
    private final OrderBook orders;
    private final AutoProgress progress;
    private final CourierApi api;
    private final CourierAdminApi admin;
    private final CourierSamples samples;

    /**
     * @param baseUrl where the sandbox is reached, e.g. {@code http://127.0.0.1:8090}: proof photos are
     *                served under it
     * @param clock   stamps orders and their history
     */
    public CourierSandbox(CourierSettings settings, String baseUrl, Clock clock) {
        this.settings = settings;
        this.faults = new FaultInjector("Courier", clock);
        this.webhooks = new WebhookDispatcher(new WebhookSigner(settings.webhookSecret()), settings.webhookRetries());
        this.orders = new OrderBook(clock, baseUrl + CourierApi.ORDERS, this::publish);
        this.progress = new AutoProgress(orders::advanceOpenOrders, settings.progress());
        this.api = new CourierApi(orders);
        this.admin = new CourierAdminApi(orders, progress);
        this.samples = new CourierSamples(clock);
    }

    @Override
    public String name() {
        return "courier";
    }

    @Override
    public String contextPath() {
        return CourierApi.BASE;
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
        return ApiKey.bearer(settings.key());
    }

    @Override
    public ErrorFormat errorFormat() {
        return CourierErrors.FORMAT;
    }

    @Override
    public Router adminRoutes() {
        return admin.routes();
    }

    public CourierSettings settings() {
        return settings;
    }

    /** The orders: find them, play the driver ({@link OrderBook#advance}), cancel them. */
    public OrderBook orders() {
        return orders;
    }

    /** How drivers move: MANUAL unless set otherwise, e.g. {@code progress().set(ProgressPolicy.auto(3000))}. */
    public AutoProgress progress() {
        return progress;
    }

    @Override
    public JsonObject stats() {
        JsonObjectBuilder ordersJson = Json.object();
        orders.counters().forEach(ordersJson::add);
        JsonObjectBuilder webhooksJson = Json.object();
        new TreeMap<>(webhooks.counters()).forEach(webhooksJson::add);
        JsonArrayBuilder retries = Json.array();
        webhooks.retries().delays().stream().map(Duration::toMillis).forEach(retries::add);
        return Json.object()
                .add("module", name())
                .add("orders", ordersJson)
                .add("webhooks", webhooksJson.add("retryDelaysMs", retries))
                .add("progress", progress.current().toJson())
                .add("faults", faults.toJson())
                .build();
    }

    @Override
    public JsonObject samples(int count) {
        return samples.samples(count);
    }

    /** Every order as {@code GET /orders/{id}} shows it, one per line, oldest first. */
    @Override
    public Reply.Streamed export() {
        return Reply.Streamed.ndjson(() -> orders.orders().map(CourierJson::order));
    }

    @Override
    public void close() {
        progress.close();
        webhooks.close();
    }

    /** Sends the webhook of an order's change, when the order has a callback URL. */
    private void publish(Order order, Order.State state) {
        if (order.request().callbackUrl() != null) {
            webhooks.publish(order.id(), order.request().callbackUrl(), CourierJson.STATUS_EVENT, CourierJson.event(order, state));
        }
    }
}

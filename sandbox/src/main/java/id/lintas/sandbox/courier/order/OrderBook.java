package id.lintas.sandbox.courier.order;

import id.lintas.sandbox.http.IdempotencyKeys;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The courier's orders, in memory: made once per Idempotency-Key (a replay with the same body gets
 * the order as it is now, another body is refused), found by id or tracking id, cancelled, moved
 * along their lifecycle by the driver simulation. Thread-safe.
 */
public final class OrderBook {
    private static final DateTimeFormatter WAYBILL_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private final Clock clock;
    private final String photoBaseUrl;
    private final Order.Listener listener;
    private final IdempotencyKeys<Order> keys = new IdempotencyKeys<>();
    private final Map<String, Order> byId = new ConcurrentHashMap<>();
    private final Map<String, Order> byTrackingId = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final LongAdder created = new LongAdder();
    private final LongAdder replayed = new LongAdder();
    private final LongAdder keyConflicts = new LongAdder();
    private final LongAdder invalid = new LongAdder();
    private final LongAdder cancellations = new LongAdder();

    /** A submission's outcome: the order and whether this request made it (else it is a replay). */
    public record Submission(Order order, boolean created) {
    }

    /**
     * @param photoBaseUrl where the API serves orders, e.g. {@code http://127.0.0.1:8090/courier/v1/orders}:
     *                     a delivered order's photo is {@code {photoBaseUrl}/{id}/proof-of-delivery.png}
     * @param listener     told of every change of every order, creation included
     */
    public OrderBook(Clock clock, String photoBaseUrl, Order.Listener listener) {
        this.clock = clock;
        this.photoBaseUrl = photoBaseUrl;
        this.listener = listener;
    }

    /**
     * Makes the order of {@code body} under {@code idempotencyKey}, or returns the one made before
     * under that key. {@code validated} reads the body; what it throws propagates and nothing is
     * stored, the key stays free.
     *
     * @throws OrderFailure IDEMPOTENCY_CONFLICT when the key was used with another body
     */
    public Submission submit(String idempotencyKey, JsonObject body, Supplier<OrderRequest> validated) {
        IdempotencyKeys.Result<Order> earlier = keys.earlier(idempotencyKey, body);
        if (earlier != null) {
            return outcome(earlier);
        }
        OrderRequest request;
        try {
            request = validated.get();
        } catch (RuntimeException refused) {
            invalid.increment();
            throw refused;
        }
        return outcome(keys.claim(idempotencyKey, body, () -> create(request)));
    }

    public Order find(String id) {
        Order order = byId.get(id);
        if (order == null) {
            throw OrderFailure.notFound("Order " + id);
        }
        return order;
    }

    public Order findByTrackingId(String trackingId) {
        Order order = byTrackingId.get(trackingId);
        if (order == null) {
            throw OrderFailure.notFound("Tracking " + trackingId);
        }
        return order;
    }

    /** Cancels an order whose package is not picked up yet; cancelling again returns it unchanged. */
    public Order cancel(String id, String reason) {
        Order order = find(id);
        if (order.cancel(reason)) {
            cancellations.increment();
        }
        return order;
    }

    /** As {@link #advance(String, OrderStatus, Order.Handover)}, the recipient being the destination's contact. */
    public Order advance(String id, OrderStatus target) {
        return advance(id, target, Order.Handover.DEFAULT);
    }

    /**
     * Moves an order forward to {@code target} through every status between (the driver simulation);
     * {@code handover} says who received it when {@code target} is {@code delivered}. Asking for the
     * status it has changes nothing.
     *
     * @throws OrderFailure NOT_FOUND, or ILLEGAL_MOVE backwards, out of delivered or cancelled, or to cancelled
     */
    public Order advance(String id, OrderStatus target, Order.Handover handover) {
        Order order = find(id);
        order.advanceTo(target, handover);
        return order;
    }

    /** Moves every open order one status forward (AUTO progress); how many moved. */
    public int advanceOpenOrders() {
        int moved = 0;
        for (Order order : byId.values()) {
            if (order.advanceOneStep()) {
                moved++;
            }
        }
        return moved;
    }

    /** Every order, oldest first. */
    public Stream<Order> orders() {
        return byId.values().stream().sorted(Comparator.comparingLong(Order::sequence));
    }

    /** Orders by status now (every status, 0 included), and what the API did with submissions. */
    public Map<String, Long> counters() {
        Map<OrderStatus, Long> byStatus = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            byStatus.put(status, 0L);
        }
        byId.values().forEach(order -> byStatus.merge(order.state().status(), 1L, Long::sum));
        Map<String, Long> counters = new LinkedHashMap<>();
        counters.put("total", (long) byId.size());
        byStatus.forEach((status, count) -> counters.put(status.wire(), count));
        counters.put("created", created.sum());
        counters.put("idempotentReplays", replayed.sum());
        counters.put("idempotencyConflicts", keyConflicts.sum());
        counters.put("invalid", invalid.sum());
        counters.put("cancellations", cancellations.sum());
        return counters;
    }

    private Order create(OrderRequest request) {
        long n = sequence.incrementAndGet();
        String id = String.format("ORD-%08d", n);
        Order order = new Order(n, id, trackingId(id), "SDX" + LocalDate.now(clock).format(WAYBILL_DATE) + String.format("%06d", n),
                request, Quote.of(request), photoBaseUrl + "/" + id + "/proof-of-delivery.png", clock, listener);
        order.confirm();
        byTrackingId.put(order.trackingId(), order);
        byId.put(id, order);
        return order;
    }

    private Submission outcome(IdempotencyKeys.Result<Order> result) {
        Order order = result.value();
        switch (result.outcome()) {
            case CONFLICT -> {
                keyConflicts.increment();
                throw new OrderFailure(OrderFailure.Reason.IDEMPOTENCY_CONFLICT, order.id(), null, null,
                        "This Idempotency-Key was already used for order " + order.id() + " with a different body.");
            }
            case REPLAYED -> replayed.increment();
            case CREATED -> created.increment();
        }
        return new Submission(order, result.outcome() == IdempotencyKeys.Outcome.CREATED);
    }

    /** An opaque tracking id derived from the order id: {@code TRK} and 12 hex digits. */
    private static String trackingId(String orderId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("tracking:" + orderId).getBytes(StandardCharsets.UTF_8));
            return "TRK" + HexFormat.of().withUpperCase().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}

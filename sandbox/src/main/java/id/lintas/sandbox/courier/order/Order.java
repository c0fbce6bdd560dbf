package id.lintas.sandbox.courier.order;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A courier order: what was ordered, its numbers and price, and its {@link State}. The state only
 * moves forward, under the order's own lock; every change adds a {@link Change} to the history and
 * is told to the {@link Listener} while that lock is held, so listeners see an order's changes in
 * the order they happened. {@link #state()} is a consistent snapshot, read without locking.
 */
public final class Order {
    private final long sequence;
    private final String id;
    private final String trackingId;
    private final String waybillId;
    private final OrderRequest request;
    private final Quote quote;
    private final Instant createdAt;
    private final String photoUrl;
    private final Clock clock;
    private final Listener listener;
    private volatile State state;

    /** Told of every change of an order, in order, while the order's lock is held: must not block. */
    @FunctionalInterface
    public interface Listener {
        void changed(Order order, State state);
    }

    /** One entry of the history: the status reached, what happened, when. */
    public record Change(OrderStatus status, String note, Instant at) {
    }

    /**
     * The order at one moment: its status, the driver once allocated, the proof once delivered, the
     * reason once cancelled, and the history, oldest first (its last entry is the latest change).
     */
    public record State(OrderStatus status, Driver driver, ProofOfDelivery proof, String cancellationReason, List<Change> history) {
        public State {
            history = List.copyOf(history);
        }

        public Change latest() {
            return history.get(history.size() - 1);
        }

        State then(OrderStatus next, String note, Instant at, Driver newDriver, ProofOfDelivery newProof, String reason) {
            List<Change> more = new ArrayList<>(history);
            more.add(new Change(next, note, at));
            return new State(next, newDriver, newProof, reason, more);
        }
    }

    /** What a recipient says when the package is handed over; blank values get defaults. */
    public record Handover(String recipientName, String note) {
        public static final Handover DEFAULT = new Handover(null, null);
    }

    Order(long sequence, String id, String trackingId, String waybillId, OrderRequest request, Quote quote, String photoUrl,
            Clock clock, Listener listener) {
        this.sequence = sequence;
        this.id = id;
        this.trackingId = trackingId;
        this.waybillId = waybillId;
        this.request = request;
        this.quote = quote;
        this.photoUrl = photoUrl;
        this.clock = clock;
        this.listener = listener;
        this.createdAt = clock.instant();
        this.state = new State(OrderStatus.CONFIRMED, null, null, null, List.of());
    }

    /** Records the first change ({@code confirmed}); separate from the constructor so the order is complete when told. */
    synchronized void confirm() {
        move(state.then(OrderStatus.CONFIRMED, "Order confirmed; finding a driver", createdAt, null, null, null));
    }

    public long sequence() {
        return sequence;
    }

    public String id() {
        return id;
    }

    public String trackingId() {
        return trackingId;
    }

    public String waybillId() {
        return waybillId;
    }

    public OrderRequest request() {
        return request;
    }

    public Quote quote() {
        return quote;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public State state() {
        return state;
    }

    /**
     * Moves forward to {@code target} through every status between, each a change of its own.
     * Reaching the status the order has changes nothing.
     *
     * @return whether the order moved
     * @throws OrderFailure ILLEGAL_MOVE backwards, out of a final status, or to {@code cancelled}
     */
    synchronized boolean advanceTo(OrderStatus target, Handover handover) {
        OrderStatus current = state.status();
        if (target == current) {
            return false;
        }
        if (target == OrderStatus.CANCELLED || current.isFinal() || target.ordinal() < current.ordinal()) {
            throw new OrderFailure(OrderFailure.Reason.ILLEGAL_MOVE, id, current, target, "Order " + id + " is "
                    + current.wire() + " and cannot move to " + target.wire() + ".");
        }
        while (state.status() != target) {
            step(handover);
        }
        return true;
    }

    /** One step forward, unless the order is delivered or cancelled; whether it moved. */
    synchronized boolean advanceOneStep() {
        if (state.status().isFinal()) {
            return false;
        }
        step(Handover.DEFAULT);
        return true;
    }

    /**
     * Cancels the order while its package is not picked up; cancelling it again changes nothing.
     *
     * @return whether this call cancelled it
     * @throws OrderFailure NOT_CANCELLABLE once picked up or delivered
     */
    synchronized boolean cancel(String reason) {
        OrderStatus current = state.status();
        if (current == OrderStatus.CANCELLED) {
            return false;
        }
        if (!current.cancellable()) {
            throw new OrderFailure(OrderFailure.Reason.NOT_CANCELLABLE, id, current, OrderStatus.CANCELLED, "Order " + id
                    + " is " + current.wire() + ": the package was picked up and the order can no longer be cancelled.");
        }
        move(state.then(OrderStatus.CANCELLED, "Order cancelled: " + reason, clock.instant(), state.driver(), null, reason));
        return true;
    }

    private void step(Handover handover) {
        State now = state;
        OrderStatus next = now.status().next();
        Instant at = clock.instant();
        OrderRequest.Place from = request.pickup();
        OrderRequest.Place to = request.destination();
        switch (next) {
            case ALLOCATED -> {
                Driver driver = Driver.forOrder(sequence);
                move(now.then(next, "Driver allocated: " + driver.name() + " (" + driver.vehicleNumber() + ")", at, driver, null, null));
            }
            case PICKING_UP -> move(now.then(next, "Driver is on the way to pick up at " + from.address(), at, now.driver(), null, null));
            case PICKED_UP -> move(now.then(next, "Package picked up from " + from.contactName(), at, now.driver(), null, null));
            case DROPPING_OFF -> move(now.then(next, "Driver is on the way to " + to.address(), at, now.driver(), null, null));
            case DELIVERED -> {
                String recipient = blankTo(handover.recipientName(), to.contactName());
                String note = blankTo(handover.note(), "Handed over in person");
                ProofOfDelivery proof = new ProofOfDelivery(recipient, at, note, photoUrl);
                move(now.then(next, "Delivered; received by " + recipient, at, now.driver(), proof, null));
            }
            default -> throw new IllegalStateException("No step to " + next);
        }
    }

    private void move(State next) {
        state = next;
        listener.changed(this, next);
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? Objects.requireNonNull(fallback) : value.strip();
    }
}

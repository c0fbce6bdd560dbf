package id.lintas.sandbox.courier.order;

/**
 * An order operation that cannot be done: the order is unknown, its state forbids the move, or
 * the Idempotency-Key was used for another body. The message is the courier API's (English); the
 * admin API words it from {@link #orderId()}, {@link #current()} and {@link #target()}.
 */
public final class OrderFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        NOT_FOUND,
        /** The package was picked up (or delivered): too late to cancel. */
        NOT_CANCELLABLE,
        /** A move backwards, or out of a final status. */
        ILLEGAL_MOVE,
        IDEMPOTENCY_CONFLICT
    }

    private final Reason reason;
    private final String orderId;
    private final OrderStatus current;
    private final OrderStatus target;

    OrderFailure(Reason reason, String orderId, OrderStatus current, OrderStatus target, String message) {
        super(message, null, false, false);
        this.reason = reason;
        this.orderId = orderId;
        this.current = current;
        this.target = target;
    }

    static OrderFailure notFound(String what) {
        return new OrderFailure(Reason.NOT_FOUND, null, null, null, what + " not found.");
    }

    public Reason reason() {
        return reason;
    }

    public String orderId() {
        return orderId;
    }

    /** The order's status when the move was refused; {@code null} for NOT_FOUND and IDEMPOTENCY_CONFLICT. */
    public OrderStatus current() {
        return current;
    }

    /** The status asked for; {@code null} unless ILLEGAL_MOVE. */
    public OrderStatus target() {
        return target;
    }
}

package id.lintas.sandbox.courier.order;

import java.util.Locale;

/**
 * Where an order is, in the order of its lifecycle: {@code confirmed → allocated → picking_up →
 * picked_up → dropping_off → delivered}, or {@code cancelled} before the package was picked up.
 * An order only moves forward.
 */
public enum OrderStatus {
    CONFIRMED,
    ALLOCATED,
    PICKING_UP,
    PICKED_UP,
    DROPPING_OFF,
    DELIVERED,
    CANCELLED;

    /** As the API writes it, e.g. {@code picking_up}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status of {@link #wire()} text; {@code null} for anything else. */
    public static OrderStatus of(String wire) {
        for (OrderStatus status : values()) {
            if (status.wire().equals(wire)) {
                return status;
            }
        }
        return null;
    }

    /** The next step of the lifecycle; {@code null} once delivered or cancelled. */
    public OrderStatus next() {
        return switch (this) {
            case CONFIRMED -> ALLOCATED;
            case ALLOCATED -> PICKING_UP;
            case PICKING_UP -> PICKED_UP;
            case PICKED_UP -> DROPPING_OFF;
            case DROPPING_OFF -> DELIVERED;
            case DELIVERED, CANCELLED -> null;
        };
    }

    /** Delivered or cancelled: nothing happens to the order any more. */
    public boolean isFinal() {
        return next() == null;
    }

    /** Whether the order can still be cancelled: its package is not picked up yet. */
    public boolean cancellable() {
        return this == CONFIRMED || this == ALLOCATED || this == PICKING_UP;
    }
}

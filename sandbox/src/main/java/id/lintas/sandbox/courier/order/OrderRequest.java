package id.lintas.sandbox.courier.order;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a caller orders, validated: its own reference, the service, where the package is picked up
 * and dropped off, the items, where status webhooks go ({@code null}: none) and when the package
 * may be picked up ({@code null}: as soon as possible).
 */
public record OrderRequest(String referenceId, ServiceType serviceType, Place pickup, Place destination, List<Item> items,
        URI callbackUrl, Window pickupWindow) {

    public OrderRequest {
        items = List.copyOf(items);
    }

    /** How fast the package travels. */
    public enum ServiceType {
        /** Within the day, a driver with several packages: cheaper. */
        SAME_DAY,
        /** One driver straight from pickup to destination. */
        INSTANT;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An address with the person to meet there; {@code note} and {@code coordinate} may be {@code null}. */
    public record Place(String contactName, String contactPhone, String address, String note, Coordinate coordinate) {
    }

    public record Coordinate(double latitude, double longitude) {
    }

    /** {@code description} may be {@code null}. */
    public record Item(String name, String description, int quantity, int weightGrams) {
    }

    public record Window(OffsetDateTime start, OffsetDateTime end) {
    }

    /** The weight of all items, in grams. */
    public long totalWeightGrams() {
        return items.stream().mapToLong(item -> (long) item.quantity() * item.weightGrams()).sum();
    }
}

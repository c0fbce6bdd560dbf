package id.lintas.sandbox.courier.order;

/**
 * The price of an order in rupiah. With both coordinates the distance is the straight line times
 * 1.3 (roads); without them a trip across town ({@value #ASSUMED_KM} km) is assumed. Instant: Rp
 * 12,000 for the first 4 km and Rp 2,500 a km after; same day: Rp 15,000 for the first 10 km and Rp
 * 1,500 a km after; Rp 2,000 a kilogram over 5 kg; rounded up to Rp 500.
 *
 * @param distanceKm {@code null} when a coordinate is missing
 */
public record Quote(long price, Double distanceKm) {
    static final double ASSUMED_KM = 8;
    private static final double ROAD_FACTOR = 1.3;
    private static final double EARTH_RADIUS_KM = 6371.0;

    public static Quote of(OrderRequest request) {
        OrderRequest.Coordinate from = request.pickup().coordinate();
        OrderRequest.Coordinate to = request.destination().coordinate();
        Double distance = from == null || to == null ? null : Math.round(distanceKm(from, to) * ROAD_FACTOR * 10) / 10.0;
        double km = distance == null ? ASSUMED_KM : distance;
        boolean instant = request.serviceType() == OrderRequest.ServiceType.INSTANT;
        long base = instant ? 12_000 : 15_000;
        double includedKm = instant ? 4 : 10;
        long perKm = instant ? 2_500 : 1_500;
        long price = base + (long) Math.ceil(Math.max(0, km - includedKm)) * perKm;
        long overweightKg = (long) Math.ceil(Math.max(0, request.totalWeightGrams() - 5_000) / 1000.0);
        price += overweightKg * 2_000;
        return new Quote((price + 499) / 500 * 500, distance);
    }

    /** Great-circle distance (haversine). */
    private static double distanceKm(OrderRequest.Coordinate a, OrderRequest.Coordinate b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(b.latitude())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    }
}

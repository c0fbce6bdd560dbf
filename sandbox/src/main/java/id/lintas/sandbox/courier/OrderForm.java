package id.lintas.sandbox.courier;

import id.lintas.sandbox.courier.order.OrderRequest;
import id.lintas.sandbox.http.ApiFailure;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the body of {@code POST /orders} into an {@link OrderRequest}, reporting every problem at
 * once with its field's path ({@code pickup.contact_phone}, {@code items[0].weight_grams}): 422
 * {@code validation_failed} with {@code details}. Members the API does not know are ignored.
 */
final class OrderForm {
    static final int MAX_ITEMS = 50;
    static final int MAX_WEIGHT_GRAMS = 20_000;
    /** +62 or a trunk 0, then 8 to 12 digits (mobile 08..., or a landline with its area code). */
    private static final Pattern PHONE = Pattern.compile("(\\+62|0)[1-9][0-9]{7,11}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s().-]");

    private final List<ApiFailure.Problem> problems = new ArrayList<>();

    private OrderForm() {
    }

    /** The order of {@code body}; 422 with every problem when it is not a valid one. */
    static OrderRequest read(JsonObject body) {
        OrderForm form = new OrderForm();
        OrderRequest request = form.order(body);
        if (!form.problems.isEmpty()) {
            throw invalid("The order is invalid", form.problems);
        }
        return request;
    }

    /** The {@code reason} of {@code POST /orders/{id}/cancel}; 422 when it is missing. */
    static String cancellationReason(JsonObject body) {
        OrderForm form = new OrderForm();
        String reason = form.text(body, "", "reason", true, 500);
        if (!form.problems.isEmpty()) {
            throw invalid("The cancellation is invalid", form.problems);
        }
        return reason;
    }

    private static ApiFailure invalid(String what, List<ApiFailure.Problem> problems) {
        return new ApiFailure(422, "validation_failed", what + ": " + String.join("; ",
                problems.stream().map(ApiFailure.Problem::message).toList()), problems);
    }

    private OrderRequest order(JsonObject body) {
        String reference = text(body, "", "reference_id", true, 100);
        OrderRequest.ServiceType service = serviceType(body);
        OrderRequest.Place pickup = place(body, "pickup");
        OrderRequest.Place destination = place(body, "destination");
        List<OrderRequest.Item> items = items(body);
        URI callback = callbackUrl(body);
        OrderRequest.Window window = window(body);
        return problems.isEmpty() ? new OrderRequest(reference, service, pickup, destination, items, callback, window) : null;
    }

    private OrderRequest.ServiceType serviceType(JsonObject body) {
        String value = text(body, "", "service_type", true, 20);
        if (value == null) {
            return null;
        }
        for (OrderRequest.ServiceType type : OrderRequest.ServiceType.values()) {
            if (type.wire().equals(value.toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        return problem("service_type", "service_type must be same_day or instant, not '" + value + "'.");
    }

    private OrderRequest.Place place(JsonObject body, String key) {
        JsonObject place = object(body, "", key, true);
        if (place == null) {
            return null;
        }
        String at = key + ".";
        String name = text(place, at, "contact_name", true, 100);
        String phone = text(place, at, "contact_phone", true, 30);
        if (phone != null && !PHONE.matcher(PHONE_SEPARATORS.matcher(phone).replaceAll("")).matches()) {
            problem(at + "contact_phone", at + "contact_phone must be an Indonesian phone number, +62... or 0... "
                    + "(e.g. +6281234567890 or 081234567890), not '" + phone + "'.");
        }
        String address = text(place, at, "address", true, 500);
        String note = text(place, at, "note", false, 500);
        OrderRequest.Coordinate coordinate = null;
        JsonObject point = object(place, at, "coordinate", false);
        if (point != null) {
            Double latitude = number(point, at + "coordinate.", "latitude", -90, 90);
            Double longitude = number(point, at + "coordinate.", "longitude", -180, 180);
            coordinate = latitude == null || longitude == null ? null : new OrderRequest.Coordinate(latitude, longitude);
        }
        return new OrderRequest.Place(name, phone, address, note, coordinate);
    }

    private List<OrderRequest.Item> items(JsonObject body) {
        JsonValue value = body.get("items");
        if (!(value instanceof JsonArray array) || array.isEmpty() || array.size() > MAX_ITEMS) {
            problem("items", "items must be an array of 1 to " + MAX_ITEMS + " items.");
            return List.of();
        }
        List<OrderRequest.Item> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "items[" + i + "].";
            if (!(array.get(i) instanceof JsonObject item)) {
                problem("items[" + i + "]", "items[" + i + "] must be an object.");
                continue;
            }
            String name = text(item, at, "name", true, 200);
            String description = text(item, at, "description", false, 500);
            Integer quantity = whole(item, at, "quantity", 1, 1_000);
            Integer weight = whole(item, at, "weight_grams", 1, MAX_WEIGHT_GRAMS);
            if (name != null && quantity != null && weight != null) {
                items.add(new OrderRequest.Item(name, description, quantity, weight));
            }
        }
        return items;
    }

    private URI callbackUrl(JsonObject body) {
        String value = text(body, "", "callback_url", false, 2_000);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        return problem("callback_url", "callback_url must be an absolute http or https URL, not '" + value + "'.");
    }

    private OrderRequest.Window window(JsonObject body) {
        JsonObject window = object(body, "", "pickup_window", false);
        if (window == null) {
            return null;
        }
        OffsetDateTime start = time(window, "start");
        OffsetDateTime end = time(window, "end");
        if (start != null && end != null && !end.isAfter(start)) {
            return problem("pickup_window.end", "pickup_window.end must be after pickup_window.start.");
        }
        return start == null || end == null ? null : new OrderRequest.Window(start, end);
    }

    private OffsetDateTime time(JsonObject window, String key) {
        String value = text(window, "pickup_window.", key, true, 40);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return problem("pickup_window." + key, "pickup_window." + key
                    + " must be an ISO-8601 date and time with its offset, e.g. 2026-05-21T09:00:00+07:00, not '" + value + "'.");
        }
    }

    /** A string member, stripped; {@code null} (and a problem when required) when missing or blank. */
    private String text(JsonObject object, String at, String key, boolean required, int maxLength) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return required ? problem(at + key, at + key + " is required.") : null;
        }
        if (!(value instanceof JsonString string)) {
            return problem(at + key, at + key + " must be a string.");
        }
        String text = string.getString().strip();
        if (text.isEmpty()) {
            return required ? problem(at + key, at + key + " must not be blank.") : null;
        }
        if (text.length() > maxLength) {
            return problem(at + key, at + key + " is at most " + maxLength + " characters long.");
        }
        return text;
    }

    private JsonObject object(JsonObject object, String at, String key, boolean required) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return required ? problem(at + key, at + key + " is required.") : null;
        }
        return value instanceof JsonObject json ? json : problem(at + key, at + key + " must be an object.");
    }

    private Integer whole(JsonObject object, String at, String key, int min, int max) {
        JsonValue value = object.get(key);
        if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < min || number.longValue() > max) {
            return problem(at + key, at + key + " must be a whole number from " + min + " to " + max + ".");
        }
        return number.intValue();
    }

    private Double number(JsonObject object, String at, String key, double min, double max) {
        JsonValue value = object.get(key);
        if (!(value instanceof JsonNumber number) || number.doubleValue() < min || number.doubleValue() > max) {
            return problem(at + key, at + key + " must be a number from " + min + " to " + max + ".");
        }
        return number.doubleValue();
    }

    /** Notes a problem; {@code null} to return in place of the value. */
    private <T> T problem(String field, String message) {
        problems.add(new ApiFailure.Problem(field, message));
        return null;
    }
}

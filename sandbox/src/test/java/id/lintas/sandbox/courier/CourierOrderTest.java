package id.lintas.sandbox.courier;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.sandbox.SandboxClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Orders over the courier API: create, read, track, cancel, idempotency, validation, the key. */
class CourierOrderTest extends CourierServerTest {

    @Test
    void anOrderIsConfirmedWithItsNumbersAPriceAndItsHistory() {
        JsonObject body = Orders.pickupLeg("KLH-2026-00017-PICKUP").build();

        SandboxClient.Response created = client.create(UUID.randomUUID().toString(), body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().getBoolean("success")).isTrue();
        assertThat(created.headers().firstValue("Idempotent-Replayed")).isEmpty();
        JsonObject order = created.json().getJsonObject("order");
        assertThat(order.getString("id")).matches("ORD-[0-9]{8}");
        assertThat(order.getString("reference_id")).isEqualTo("KLH-2026-00017-PICKUP");
        assertThat(order.getString("status")).isEqualTo("confirmed");
        assertThat(order.getString("service_type")).isEqualTo("same_day");
        assertThat(order.getString("tracking_id")).matches("TRK[0-9A-F]{12}");
        assertThat(order.getString("waybill_id")).matches("SDX[0-9]{12}");
        assertThat(order.getJsonNumber("price").longValue()).isBetween(10_000L, 100_000L).matches(p -> p % 500 == 0);
        assertThat(order.getString("currency")).isEqualTo("IDR");
        assertThat(order.getJsonNumber("distance_km").doubleValue()).isBetween(0.5, 2.0);
        assertThat(order.get("courier")).isEqualTo(JsonValue.NULL);
        assertThat(order.get("proof_of_delivery")).isEqualTo(JsonValue.NULL);
        assertThat(order.getJsonObject("pickup").getString("contact_phone")).isEqualTo("+6281327001122");
        assertThat(order.getJsonArray("items").getJsonObject(0).getInt("weight_grams")).isEqualTo(500);
        assertThat(order.getJsonArray("history")).hasSize(1);
        JsonObject confirmed = order.getJsonArray("history").getJsonObject(0);
        assertThat(confirmed.getString("status")).isEqualTo("confirmed");
        assertThat(confirmed.getString("note")).isNotBlank();
        assertThat(order.getString("created_at")).endsWith("+07:00");
        assertThat(OffsetDateTime.parse(order.getString("updated_at")).getOffset().getTotalSeconds()).isEqualTo(7 * 3600);

        SandboxClient.Response read = client.order(order.getString("id"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getJsonObject("order")).isEqualTo(order);
    }

    @Test
    void withoutCoordinatesTheFlatRateAppliesAndInstantCostsMore() {
        JsonObject sameDay = Orders.with(Orders.with(Orders.pickupLeg("R-1").build(), "pickup", "coordinate", JsonValue.NULL),
                "destination", "coordinate", JsonValue.NULL);
        JsonObject instant = Orders.with(sameDay, "", "service_type", Json.createValue("instant"));

        JsonObject flat = client.created(sameDay);
        JsonObject fast = client.created(instant);

        assertThat(flat.get("distance_km")).isEqualTo(JsonValue.NULL);
        assertThat(flat.getJsonNumber("price").longValue()).isEqualTo(15_000);
        assertThat(fast.getJsonNumber("price").longValue()).isGreaterThan(flat.getJsonNumber("price").longValue());
    }

    @Test
    void aTrackingShowsStatusHistoryAndDriverButNoOrderDetails() {
        JsonObject order = client.created(Orders.pickupLeg("KLH-2026-00018-PICKUP").build());
        client.advanceTo(order.getString("id"), "allocated");

        SandboxClient.Response tracking = client.get("/courier/v1/trackings/" + order.getString("tracking_id"));

        assertThat(tracking.status()).isEqualTo(200);
        JsonObject view = tracking.json().getJsonObject("tracking");
        assertThat(view.getString("id")).isEqualTo(order.getString("tracking_id"));
        assertThat(view.getString("order_id")).isEqualTo(order.getString("id"));
        assertThat(view.getString("status")).isEqualTo("allocated");
        assertThat(view.getJsonObject("courier").getString("vehicle_number")).matches("K [0-9]{4} [A-Z]{2}");
        assertThat(view.getJsonObject("courier").getString("phone")).startsWith("+628");
        assertThat(view.getJsonArray("history").stream().map(h -> h.asJsonObject().getString("status")))
                .containsExactly("confirmed", "allocated");
        assertThat(view).doesNotContainKey("pickup");
        assertThat(client.get("/courier/v1/trackings/TRK000000000000").status()).isEqualTo(404);
    }

    @Test
    void anUnknownOrderIs404InTheCourierErrorBody() {
        SandboxClient.Response missing = client.order("ORD-99999999");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().getBoolean("success")).isFalse();
        assertThat(missing.json().getJsonObject("error").getString("code")).isEqualTo("not_found");
        assertThat(missing.json().getJsonObject("error").getString("message")).contains("ORD-99999999");
        assertThat(client.get("/courier/v1/nothing").json().getJsonObject("error").getString("code")).isEqualTo("not_found");
        assertThat(client.create("k", "not json").json().getJsonObject("error").getString("code")).isEqualTo("invalid_json");
    }

    @Test
    void cancellingBeforePickupCancelsOnceAndAgainChangesNothing() {
        JsonObject order = client.created(Orders.pickupLeg("KLH-2026-00019-PICKUP").build());
        String id = order.getString("id");

        SandboxClient.Response cancelled = client.cancel(id, "Berkas belum lengkap");
        SandboxClient.Response again = client.cancel(id, "Another reason");

        assertThat(cancelled.status()).isEqualTo(200);
        JsonObject first = cancelled.json().getJsonObject("order");
        assertThat(first.getString("status")).isEqualTo("cancelled");
        assertThat(first.getString("cancellation_reason")).isEqualTo("Berkas belum lengkap");
        assertThat(first.getJsonArray("history")).hasSize(2);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getJsonObject("order")).isEqualTo(first);
        SandboxClient.Response noReason = client.post(CourierClient.ORDERS + "/" + id + "/cancel", "{}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().getJsonObject("error").getJsonArray("details").getJsonObject(0).getString("field")).isEqualTo("reason");
        assertThat(client.cancel("ORD-99999999", "x").status()).isEqualTo(404);
    }

    @Test
    void theSameKeyAndBodyReplayTheOrderAsItIsNow() {
        String key = UUID.randomUUID().toString();
        JsonObject body = Orders.pickupLeg("KLH-2026-00020-PICKUP").build();
        long replaysBefore = orders("idempotentReplays");
        JsonObject first = client.create(key, body).json().getJsonObject("order");
        client.advanceTo(first.getString("id"), "allocated");

        SandboxClient.Response replay = client.create(key, reordered(body));

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(replay.json().getJsonObject("order").getString("id")).isEqualTo(first.getString("id"));
        assertThat(replay.json().getJsonObject("order").getString("status")).isEqualTo("allocated");
        assertThat(orders("idempotentReplays") - replaysBefore).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflictAndTheKeyIsRequired() {
        String key = UUID.randomUUID().toString();
        JsonObject first = client.create(key, Orders.pickupLeg("KLH-2026-00021-PICKUP").build()).json().getJsonObject("order");

        SandboxClient.Response conflict = client.create(key, Orders.pickupLeg("KLH-2026-00021-RETURN").build());
        SandboxClient.Response keyless = client.create(null, Orders.pickupLeg("KLH-2026-00022-PICKUP").build());

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().getJsonObject("error").getString("code")).isEqualTo("idempotency_key_conflict");
        assertThat(conflict.json().getJsonObject("error").getString("message")).contains(first.getString("id"));
        assertThat(keyless.status()).isEqualTo(400);
        assertThat(keyless.json().getJsonObject("error").getString("code")).isEqualTo("idempotency_key_required");
        assertThat(client.create("x".repeat(201), Orders.pickupLeg("R").build()).status()).isEqualTo(400);
    }

    @Test
    void anInvalidBodyIsRefusedWithEveryProblemAndLeavesTheKeyFree() {
        String key = UUID.randomUUID().toString();
        JsonObject valid = Orders.pickupLeg("KLH-2026-00023-PICKUP").build();
        JsonObject invalid = Json.createObjectBuilder(Orders.without(valid, "reference_id"))
                .add("service_type", "overnight")
                .add("pickup", Orders.place("Bidan Ratna", "12345", "RSUD Blora"))
                .add("destination", Orders.place("", "+6512345678", "Dukcapil"))
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Map").add("quantity", 0)
                        .add("weight_grams", 20_001)))
                .add("callback_url", "ftp://gateway/webhook")
                .add("pickup_window", Json.createObjectBuilder().add("start", "2026-05-21T12:00:00+07:00").add("end", "tomorrow"))
                .build();

        SandboxClient.Response refused = client.create(key, invalid);

        assertThat(refused.status()).isEqualTo(422);
        JsonObject error = refused.json().getJsonObject("error");
        assertThat(error.getString("code")).isEqualTo("validation_failed");
        assertThat(error.getJsonArray("details").stream().map(d -> d.asJsonObject().getString("field")))
                .containsExactly("reference_id", "service_type", "pickup.contact_phone", "destination.contact_name",
                        "destination.contact_phone", "items[0].quantity", "items[0].weight_grams", "callback_url", "pickup_window.end");
        assertThat(client.create(key, valid).status()).isEqualTo(201);
    }

    @Test
    void eachRuleOnItsOwn() {
        JsonObject valid = Orders.pickupLeg("R-2").build();
        assertProblem(Orders.without(valid, "pickup"), "pickup", "required");
        assertProblem(Orders.without(valid, "items"), "items", "1 to 50");
        assertProblem(Orders.with(valid, "", "items", Json.createArrayBuilder().build()), "items", "1 to 50");
        assertProblem(Orders.with(valid, "pickup", "contact_phone", Json.createValue("0812")), "pickup.contact_phone", "Indonesian");
        assertProblem(Orders.with(valid, "pickup", "contact_phone", Json.createValue("+44 20 7946 0958")), "pickup.contact_phone", "+62");
        assertProblem(Orders.with(valid, "pickup", "address", Json.createValue("  ")), "pickup.address", "blank");
        assertProblem(Orders.with(valid, "pickup", "coordinate", Json.createObjectBuilder().add("latitude", 95).add("longitude", 111).build()),
                "pickup.coordinate.latitude", "-90");
        assertProblem(Orders.with(valid, "", "callback_url", Json.createValue("not a url")), "callback_url", "http");
        assertProblem(Orders.with(valid, "", "callback_url", Json.createValue("https:///path-only")), "callback_url", "http");
        assertProblem(Orders.with(valid, "", "reference_id", Json.createValue(17)), "reference_id", "string");
        assertProblem(Orders.with(valid, "", "pickup_window", Json.createObjectBuilder().add("start", "2026-05-21T12:00:00+07:00")
                .add("end", "2026-05-21T09:00:00+07:00").build()), "pickup_window.end", "after");
        assertProblem(Orders.with(valid, "", "items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Map")
                .add("quantity", 1).add("weight_grams", 0)).build()), "items[0].weight_grams", "1 to 20000");

        for (String phone : List.of("081234567890", "+62 812-3456-7890", "0296 531234", "+62296531234")) {
            assertThat(client.create(UUID.randomUUID().toString(), Orders.with(valid, "pickup", "contact_phone", Json.createValue(phone)))
                    .status()).as(phone).isEqualTo(201);
        }
        JsonObject heaviest = Orders.with(valid, "", "items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Map")
                .add("quantity", 2).add("weight_grams", 20_000)).build());
        assertThat(client.created(heaviest).getJsonNumber("price").longValue()).isGreaterThan(client.created(valid).getJsonNumber("price").longValue());
    }

    @Test
    void theCourierKeyIsABearerKeyAndTheSandboxKeyIsNotIt() {
        JsonObject body = Orders.pickupLeg("R-3").build();

        SandboxClient.Response missing = new CourierClient(server, null).create(UUID.randomUUID().toString(), body);
        SandboxClient.Response wrong = new CourierClient(server, "sandbox-key").create(UUID.randomUUID().toString(), body);
        SandboxClient.Response siakStyle = new SandboxClient(server).get("/courier/v1/orders/ORD-00000001");

        for (SandboxClient.Response refused : List.of(missing, wrong, siakStyle)) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json().getBoolean("success")).isFalse();
            assertThat(refused.json().getJsonObject("error").getString("code")).isEqualTo("unauthorized");
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        }
        assertThat(missing.json().getJsonObject("error").getString("message")).contains("Authorization: Bearer");
    }

    @Test
    void aDeliveredOrderHasAProofPhoto() {
        JsonObject order = client.created(Orders.pickupLeg("R-4").build());
        String id = order.getString("id");
        assertThat(client.get(CourierClient.ORDERS + "/" + id + "/proof-of-delivery.png").status()).isEqualTo(404);
        client.advanceTo(id, "delivered");

        String photoUrl = client.order(id).json().getJsonObject("order").getJsonObject("proof_of_delivery").getString("photo_url");
        SandboxClient.Response photo = client.get(photoUrl.substring(server.baseUrl().length()));

        assertThat(photoUrl).isEqualTo(server.baseUrl() + CourierClient.ORDERS + "/" + id + "/proof-of-delivery.png");
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(photo.body()).startsWith("\uFFFDPNG");
    }

    @Test
    void samplesAreValidOrders() {
        JsonObject samples = client.admin().get("/sandbox/samples/courier?count=4").json();

        assertThat(samples.getJsonArray("orders")).hasSize(4);
        for (JsonValue sample : samples.getJsonArray("orders")) {
            assertThat(client.create(UUID.randomUUID().toString(), sample.asJsonObject()).status()).isEqualTo(201);
        }
        JsonObject order = samples.getJsonObject("order");
        assertThat(order.getString("reference_id")).endsWith("-PICKUP");
        assertThat(((JsonString) order.getJsonObject("pickup_window").get("start")).getString()).endsWith("+07:00");
    }

    @Test
    void theExportHasOneLinePerOrder() {
        client.created(Orders.pickupLeg("R-5").build());

        SandboxClient.Response export = client.admin().get("/sandbox/admin/export/courier");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/x-ndjson"));
        List<JsonObject> lines = export.body().lines().map(SandboxClient::parse).toList();
        assertThat(lines).hasSize((int) orders("total"));
        assertThat(lines).extracting(l -> l.getString("id")).isSorted();
    }

    private static void assertProblem(JsonObject body, String field, String messagePart) {
        SandboxClient.Response refused = client.create(UUID.randomUUID().toString(), body);
        assertThat(refused.status()).as(field).isEqualTo(422);
        JsonObject detail = refused.json().getJsonObject("error").getJsonArray("details").getJsonObject(0);
        assertThat(detail.getString("field")).isEqualTo(field);
        assertThat(detail.getString("message")).contains(messagePart);
    }

    private static long orders(String counter) {
        return client.stats().getJsonObject("orders").getJsonNumber(counter).longValue();
    }

    /** The same JSON with its members in reverse order and other blanks. */
    private static String reordered(JsonObject body) {
        List<String> keys = new java.util.ArrayList<>(body.keySet());
        java.util.Collections.reverse(keys);
        StringBuilder json = new StringBuilder("{ ");
        for (String k : keys) {
            json.append('"').append(k).append("\" :  ").append(body.get(k)).append(",\n");
        }
        json.setLength(json.length() - 2);
        return json.append(" }").toString();
    }
}

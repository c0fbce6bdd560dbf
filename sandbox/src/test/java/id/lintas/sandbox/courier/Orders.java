package id.lintas.sandbox.courier;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Order bodies for the tests: the pickup leg of a birth registration, and variations of it. */
final class Orders {

    private Orders() {
    }

    /** A valid same-day order from the hospital to the office, coordinates included, no callback. */
    static JsonObjectBuilder pickupLeg(String reference) {
        return Json.createObjectBuilder()
                .add("reference_id", reference)
                .add("service_type", "same_day")
                .add("pickup", place("Bidan Ratna", "+6281327001122", "RSUD Dr. R. Soetijono, Jl. Dr. Sutomo No. 42, Blora")
                        .add("note", "Ruang bersalin")
                        .add("coordinate", Json.createObjectBuilder().add("latitude", -6.9705).add("longitude", 111.4170)))
                .add("destination", place("Petugas loket Dukcapil", "0296531234", "Dinas Dukcapil Kabupaten Blora")
                        .add("coordinate", Json.createObjectBuilder().add("latitude", -6.9640).add("longitude", 111.4190)))
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Map dokumen")
                        .add("description", "Berkas permohonan akta kelahiran").add("quantity", 1).add("weight_grams", 500)));
    }

    static JsonObject pickupLeg(String reference, String callbackUrl) {
        return pickupLeg(reference).add("callback_url", callbackUrl).build();
    }

    static JsonObjectBuilder place(String name, String phone, String address) {
        return Json.createObjectBuilder().add("contact_name", name).add("contact_phone", phone).add("address", address);
    }

    /** {@code body} with {@code member} (of the object at {@code path}, e.g. "pickup") replaced by {@code value}. */
    static JsonObject with(JsonObject body, String path, String member, jakarta.json.JsonValue value) {
        if (path.isEmpty()) {
            return Json.createObjectBuilder(body).add(member, value).build();
        }
        JsonObject inner = body.getJsonObject(path);
        return Json.createObjectBuilder(body).add(path, Json.createObjectBuilder(inner).add(member, value)).build();
    }

    static JsonObject without(JsonObject body, String member) {
        return Json.createObjectBuilder(body).remove(member).build();
    }
}

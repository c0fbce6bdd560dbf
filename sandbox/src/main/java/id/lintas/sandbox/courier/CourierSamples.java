package id.lintas.sandbox.courier;

import id.lintas.sandbox.http.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Valid bodies for {@code POST /courier/v1/orders}, as the gateway will send them for a birth
 * registration: the paper file from a hospital to the civil-registration office (pickup leg) and
 * the signed documents back (return leg), within a 3-hour window from the next full hour. Places
 * and phone numbers are illustrative.
 */
final class CourierSamples {
    private static final JsonObject HOSPITAL = place("Bidan Ratna (ruang bersalin)", "+6281327001122",
            "RSUD Dr. R. Soetijono, Jl. Dr. Sutomo No. 42, Blora", "Loket pendaftaran ruang bersalin", -6.9705, 111.4170);
    private static final JsonObject OFFICE = place("Petugas loket Dukcapil", "0296531234",
            "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora, Blora", "Loket akta kelahiran", -6.9640, 111.4190);
    private static final JsonObject CEPU_CLINIC = place("Bidan Sri (persalinan)", "081226554433",
            "RS Umum Cepu, Jl. Ronggolawe, Cepu, Blora", null, -7.1490, 111.5890);

    /** Where the gateway would take webhooks: replace it with the receiver's URL. */
    static final String CALLBACK_URL = "https://gateway.example/courier/webhook";

    private final Clock clock;

    CourierSamples(Clock clock) {
        this.clock = clock;
    }

    JsonObject samples(int count) {
        JsonArrayBuilder orders = Json.array();
        for (int i = 1; i <= count; i++) {
            String caseNumber = String.format("KLH-2026-%05d", i);
            JsonObject hospital = i % 4 == 0 ? CEPU_CLINIC : HOSPITAL;
            orders.add(i % 2 == 1 ? order(caseNumber + "-PICKUP", hospital, OFFICE, "Berkas permohonan akta kelahiran")
                    : order(caseNumber + "-RETURN", OFFICE, hospital, "Akta kelahiran, KK dan KIA yang sudah ditandatangani"));
        }
        return Json.object()
                .add("module", "courier")
                .add("headers", Json.object().add("Authorization", "Bearer <courier key>")
                        .add("Idempotency-Key", "<a new UUID for each new order; the same one for a retry>"))
                .add("order", order("KLH-2026-00001-PICKUP", HOSPITAL, OFFICE, "Berkas permohonan akta kelahiran"))
                .add("orders", orders)
                .build();
    }

    private JsonObject order(String reference, JsonObject from, JsonObject to, String documents) {
        OffsetDateTime start = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        return Json.object()
                .add("reference_id", reference)
                .add("service_type", "same_day")
                .add("pickup", from)
                .add("destination", to)
                .add("items", Json.array().add(Json.object().add("name", "Map dokumen")
                        .add("description", documents).add("quantity", 1).add("weight_grams", 500)))
                .add("callback_url", CALLBACK_URL)
                .add("pickup_window", Json.object().add("start", CourierJson.time(start.toInstant()))
                        .add("end", CourierJson.time(start.plusHours(3).toInstant())))
                .build();
    }

    private static JsonObject place(String name, String phone, String address, String note, double latitude, double longitude) {
        JsonObjectBuilder json = Json.object().add("contact_name", name).add("contact_phone", phone).add("address", address);
        Json.put(json, "note", note);
        return json.add("coordinate", Json.object().add("latitude", latitude).add("longitude", longitude)).build();
    }
}

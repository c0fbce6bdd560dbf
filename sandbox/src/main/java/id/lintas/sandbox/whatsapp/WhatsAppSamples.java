package id.lintas.sandbox.whatsapp;

import id.lintas.sandbox.http.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Bodies to try the WhatsApp sandbox with: for the Graph API a text, a button message, a list and a
 * template to a phone; for the simulated phones a first message. Phones are Blora mobile numbers
 * in wa_id form with invented names.
 */
final class WhatsAppSamples {
    private static final List<String> NAMES = List.of("Siti Aminah", "Budi Santoso", "Sri Wahyuni", "Agus Prasetyo", "Dwi Lestari",
            "Eko Saputro", "Nur Hidayah", "Joko Susilo");

    private WhatsAppSamples() {
    }

    static JsonObject samples(WhatsAppSettings settings, int count) {
        JsonArrayBuilder phones = Json.array();
        for (int i = 0; i < count; i++) {
            phones.add(Json.object().add("wa_id", waId(i)).add("name", NAMES.get(i % NAMES.size())));
        }
        String to = waId(0);
        String messages = settings.basePath() + "/" + settings.phoneNumberId() + "/messages";
        return Json.object()
                .add("module", "whatsapp")
                .add("messagesPath", messages)
                .add("phones", phones)
                .add("phoneMessage", Json.object().add("name", NAMES.get(0)).add("type", "text")
                        .add("text", "Selamat pagi, saya mau mengurus akta kelahiran anak saya."))
                .add("text", message(to, "text").add("text", Json.object().add("preview_url", false)
                        .add("body", "Terima kasih, permohonan Anda kami terima. Mohon kirim foto KK dan surat keterangan lahir.")))
                .add("buttons", message(to, "interactive").add("interactive", Json.object().add("type", "button")
                        .add("body", Json.object().add("text", "Apakah data kelahiran sudah benar?"))
                        .add("action", Json.object().add("buttons", Json.array()
                                .add(button("data_benar", "Sudah benar")).add(button("data_salah", "Ada yang salah"))))))
                .add("list", message(to, "interactive").add("interactive", Json.object().add("type", "list")
                        .add("body", Json.object().add("text", "Pilih layanan yang Anda perlukan."))
                        .add("action", Json.object().add("button", "Pilih layanan").add("sections", Json.array()
                                .add(Json.object().add("title", "Layanan").add("rows", Json.array()
                                        .add(row("akta_lahir", "Akta kelahiran", "Pencatatan kelahiran baru"))
                                        .add(row("kk", "Kartu Keluarga", "Perubahan atau cetak ulang KK"))
                                        .add(row("kia", "KIA", "Kartu Identitas Anak"))))))))
                .add("template", message(to, "template").add("template", Json.object().add("name", "dokumen_siap")
                        .add("language", Json.object().add("code", "id"))
                        .add("components", Json.array().add(Json.object().add("type", "body").add("parameters", Json.array()
                                .add(Json.object().add("type", "text").add("text", "KLH-2026-00017")))))))
                .build();
    }

    private static String waId(int i) {
        return String.format("62812%08d", 33_160_000 + i);
    }

    private static JsonObjectBuilder message(String to, String type) {
        return Json.object().add("messaging_product", "whatsapp").add("recipient_type", "individual").add("to", to).add("type", type);
    }

    private static JsonObjectBuilder button(String id, String title) {
        return Json.object().add("type", "reply").add("reply", Json.object().add("id", id).add("title", title));
    }

    private static JsonObjectBuilder row(String id, String title, String description) {
        return Json.object().add("id", id).add("title", title).add("description", description);
    }
}

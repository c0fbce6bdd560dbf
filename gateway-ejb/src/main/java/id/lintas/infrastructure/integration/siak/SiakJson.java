package id.lintas.infrastructure.integration.siak;

import id.lintas.domain.model.person.KkNumber;
import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.person.Sex;
import id.lintas.domain.model.siak.Comparison;
import id.lintas.domain.model.siak.Family;
import id.lintas.domain.model.siak.FieldComparison;
import id.lintas.domain.model.siak.Resident;
import id.lintas.domain.shared.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Translates between SIAK's JSON (upper-case field names, dd-MM-yyyy dates, RESPON) and the domain. */
public final class SiakJson {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private SiakJson() {
    }

    static JsonObject parse(String json) {
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public static Resident resident(String json) {
        JsonObject o = parse(json);
        JsonObject data = o.containsKey("DATA") && o.get("DATA").getValueType() == JsonValue.ValueType.OBJECT
                ? o.getJsonObject("DATA") : o;
        String birth = text(data, "TGL_LHR");
        return new Resident(new Nik(text(data, "NIK")), text(data, "NO_KK"), text(data, "NAMA_LGKP"),
                text(data, "JENIS_KLMIN") == null ? null : Sex.fromSiakCode(text(data, "JENIS_KLMIN")),
                text(data, "TMPT_LHR"), birth == null ? null : LocalDate.parse(birth, DATE), text(data, "STAT_HBKEL"),
                text(data, "NIK_IBU"), text(data, "NIK_AYAH"), text(data, "NO_AKTA_LHR"));
    }

    /** A KK ({@code GET /keluarga/{NO_KK}}): its head, address and members ({@code ANGGOTA}) in card order. */
    public static Family family(String json) {
        JsonObject o = parse(json);
        JsonObject data = o.containsKey("DATA") && o.get("DATA").getValueType() == JsonValue.ValueType.OBJECT
                ? o.getJsonObject("DATA") : o;
        List<Family.Member> members = new ArrayList<>();
        if (data.containsKey("ANGGOTA") && data.get("ANGGOTA").getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue v : data.getJsonArray("ANGGOTA")) {
                JsonObject m = v.asJsonObject();
                members.add(new Family.Member(resident(m.toString()), text(m, "AGAMA"), text(m, "PDDK_AKH"),
                        text(m, "JENIS_PKRJN"), text(m, "STAT_KWN"), text(m, "NAMA_LGKP_IBU"), text(m, "NAMA_LGKP_AYAH")));
            }
        }
        return new Family(new KkNumber(text(data, "NO_KK")), text(data, "NAMA_KEP"), text(data, "ALAMAT"),
                text(data, "NO_RT"), text(data, "NO_RW"), text(data, "NAMA_KEL"), text(data, "NAMA_KEC"), members);
    }

    public static String comparisonRequest(Nik nik, Map<String, String> submitted) {
        JsonObjectBuilder b = Jsons.createObjectBuilder().add("NIK", nik.value());
        submitted.forEach((k, v) -> {
            if (v != null) {
                b.add(k, v);
            }
        });
        return b.build().toString();
    }

    public static Comparison comparison(String json) {
        JsonObject o = parse(json);
        List<FieldComparison> fields = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("HASIL")) {
            JsonObject f = v.asJsonObject();
            fields.add(new FieldComparison(text(f, "FIELD"), text(f, "DIAJUKAN"), text(f, "SIAK"), f.getBoolean("SESUAI")));
        }
        return new Comparison(text(o, "NIK"), fields);
    }

    /** The draft id SIAK gave a submission. */
    public static String draftId(String json) {
        return text(parse(json), "ID_DRAFT");
    }

    /** Where a draft stands in SIAK (GET /draft/{ID_DRAFT}), as the relay needs it. */
    public record DraftState(String status, Map<String, String> issued, String reason) {
        public boolean isIssued() {
            return "TERBIT".equals(status);
        }

        public boolean isRejected() {
            return "DITOLAK".equals(status);
        }
    }

    private static final java.util.Set<String> NOT_ISSUED = java.util.Set.of("RESPON", "ID_DRAFT", "JENIS", "STATUS",
            "WAKTU_PENGAJUAN", "WAKTU_KEPUTUSAN", "DATA", "ALASAN", "PERUBAHAN");

    /**
     * A draft's state. When SIAK issued it ({@code TERBIT}): the numbers it issued, in SIAK's order
     * (NIK, NO_KK, KK_BARU, NO_AKTA_LHR, NO_KIA, TGL_TERBIT), and for a biodata change each changed
     * field as {@code "old → new"}; when it rejected it ({@code DITOLAK}): the reason.
     */
    public static DraftState draftState(String json) {
        JsonObject o = parse(json);
        String status = text(o, "STATUS");
        if (status == null) {
            throw new IllegalArgumentException("SIAK's answer about a draft has no STATUS: " + json);
        }
        Map<String, String> issued = new java.util.LinkedHashMap<>();
        if ("TERBIT".equals(status)) {
            o.forEach((name, value) -> {
                if (!NOT_ISSUED.contains(name) && value.getValueType() != JsonValue.ValueType.NULL) {
                    issued.put(name, text(o, name));
                }
            });
            if (o.containsKey("PERUBAHAN") && o.get("PERUBAHAN").getValueType() == JsonValue.ValueType.ARRAY) {
                for (JsonValue v : o.getJsonArray("PERUBAHAN")) {
                    JsonObject change = v.asJsonObject();
                    issued.put(text(change, "FIELD"), text(change, "LAMA") + " \u2192 " + text(change, "BARU"));
                }
            }
        }
        return new DraftState(status, issued, text(o, "ALASAN"));
    }

    /** SIAK's own message of a refusal ({"RESPON":"GAGAL","PESAN":...}), or the raw body. */
    public static String refusal(String json) {
        try {
            String message = text(parse(json), "PESAN");
            return message == null ? json : message;
        } catch (RuntimeException notJson) {
            return json;
        }
    }

    static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return v.getValueType() == JsonValue.ValueType.STRING ? o.getString(name) : v.toString();
    }
}

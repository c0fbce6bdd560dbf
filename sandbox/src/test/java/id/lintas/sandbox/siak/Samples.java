package id.lintas.sandbox.siak;

import id.lintas.sandbox.SandboxClient;
import id.lintas.sandbox.SandboxServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Valid data fetched from {@code /sandbox/samples/siak}, and birth drafts made from it. */
final class Samples {
    static final DateTimeFormatter SIAK_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private Samples() {
    }

    static JsonObject fetch(SandboxClient client, int count) {
        SandboxClient.Response response = client.get("/sandbox/samples/siak?count=" + count);
        if (response.status() != 200) {
            throw new IllegalStateException("samples: " + response.status() + " " + response.body());
        }
        return response.json();
    }

    static List<JsonObject> couples(SandboxClient client, int count) {
        return fetch(client, count).getJsonArray("couples").stream().map(JsonValue::asJsonObject).toList();
    }

    static LocalDate today() {
        return LocalDate.now(SandboxServer.ZONE);
    }

    /** A birth on the couple's KK, {@code daysAgo} days ago. */
    static JsonObject birthOnKk(JsonObject couple, String babyName, String sex, int daysAgo) {
        return SandboxClient.object()
                .add("JENIS", "KELAHIRAN")
                .add("NAMA_LGKP", babyName)
                .add("JENIS_KLMIN", sex)
                .add("TMPT_LHR", "BLORA")
                .add("TGL_LHR", today().minusDays(daysAgo).format(SIAK_DATE))
                .add("NIK_IBU", couple.getJsonObject("mother").getString("NIK"))
                .add("NIK_AYAH", couple.getJsonObject("father").getString("NIK"))
                .add("NO_KK", couple.getString("NO_KK"))
                .add("ANAK_KE", 1)
                .add("BERAT", 3200)
                .add("PANJANG", 49)
                .build();
    }
}

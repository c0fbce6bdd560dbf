package id.lintas.sandbox.siak;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.sandbox.SandboxClient;
import id.lintas.sandbox.SharedSandbox;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VerificationTest {
    private static SandboxClient client;
    private static JsonObject child;
    private static JsonObject mother;

    @BeforeAll
    static void start() {
        client = new SandboxClient(SharedSandbox.get());
        JsonObject samples = Samples.fetch(client, 1);
        child = samples.getJsonObject("childWithBirthCertificate");
        mother = samples.getJsonArray("couples").getJsonObject(0).getJsonObject("mother");
    }

    @Test
    void everyFieldAsSiakHoldsItMatches() {
        var body = SandboxClient.object();
        child.forEach(body::add);

        SandboxClient.Response response = client.post("/siak/v1/verifikasi", body.build());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().getString("RESPON")).isEqualTo("SUKSES");
        assertThat(response.json().getString("NIK")).isEqualTo(child.getString("NIK"));
        assertThat(response.json().getBoolean("SESUAI_SEMUA")).isTrue();
        assertThat(response.json().getJsonArray("HASIL")).hasSize(child.size() - 1);
    }

    @Test
    void namesMatchIgnoringCaseAndRepeatedBlanksButDatesMustBeExact() {
        String name = mother.getString("NAMA_LGKP");
        String typed = "  " + name.toLowerCase().replace(" ", "   ") + " ";
        JsonObject body = SandboxClient.object()
                .add("NIK", mother.getString("NIK"))
                .add("NAMA_LGKP", typed)
                .add("TMPT_LHR", mother.getString("TMPT_LHR").toLowerCase())
                .add("TGL_LHR", isoDate(mother.getString("TGL_LHR")))
                .add("NO_RT", Integer.toString(Integer.parseInt(mother.getString("NO_RT"))))
                .build();

        Map<String, JsonObject> results = results(client.post("/siak/v1/verifikasi", body));

        assertThat(results.get("NAMA_LGKP").getBoolean("SESUAI")).isTrue();
        assertThat(results.get("NAMA_LGKP").getString("DIAJUKAN")).isEqualTo(typed);
        assertThat(results.get("NAMA_LGKP").getString("SIAK")).isEqualTo(name);
        assertThat(results.get("TMPT_LHR").getBoolean("SESUAI")).isTrue();
        assertThat(results.get("TGL_LHR").getBoolean("SESUAI")).isFalse();
        assertThat(results.get("TGL_LHR").getString("SIAK")).isEqualTo(mother.getString("TGL_LHR"));
        assertThat(results.get("NO_RT").getBoolean("SESUAI")).isTrue();
    }

    @Test
    void eachMismatchingFieldIsReportedAndTheOthersStillMatch() {
        JsonObject body = SandboxClient.object()
                .add("NIK", child.getString("NIK"))
                .add("NAMA_LGKP", child.getString("NAMA_LGKP") + " PUTRA")
                .add("JENIS_KLMIN", child.getString("JENIS_KLMIN").equals("1") ? "2" : "1")
                .add("TGL_LHR", child.getString("TGL_LHR"))
                .add("NIK_IBU", "3316094101019999")
                .add("NAMA_LGKP_IBU", child.getString("NAMA_LGKP_IBU"))
                .add("NO_AKTA_LHR", child.getString("NO_AKTA_LHR"))
                .add("AGAMA", "HINDU".equals(child.getString("AGAMA")) ? "ISLAM" : "HINDU")
                .add("NAMA_KEL", child.getString("NAMA_KEL"))
                .build();

        SandboxClient.Response response = client.post("/siak/v1/verifikasi", body);
        Map<String, JsonObject> results = results(response);

        assertThat(response.json().getBoolean("SESUAI_SEMUA")).isFalse();
        assertThat(results).hasSize(8);
        assertThat(results.entrySet().stream().filter(e -> !e.getValue().getBoolean("SESUAI")).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("NAMA_LGKP", "JENIS_KLMIN", "NIK_IBU", "AGAMA");
        assertThat(results.get("NIK_IBU").getString("SIAK")).isEqualTo(child.getString("NIK_IBU"));
    }

    @Test
    void aFieldSiakHasNoValueForOnlyMatchesAnEmptySubmission() {
        JsonObject elder = Samples.fetch(client, 1).getJsonObject("elderWithoutBirthCertificate");
        JsonObject body = SandboxClient.object().add("NIK", elder.getString("NIK")).add("NO_AKTA_LHR", "3316-LU-01011950-0001")
                .build();

        JsonObject result = results(client.post("/siak/v1/verifikasi", body)).get("NO_AKTA_LHR");

        assertThat(result.getBoolean("SESUAI")).isFalse();
        assertThat(result.get("SIAK")).isEqualTo(JsonValue.NULL);
        assertThat(results(client.post("/siak/v1/verifikasi", SandboxClient.object().add("NIK", elder.getString("NIK"))
                .add("NO_AKTA_LHR", "").build())).get("NO_AKTA_LHR").getBoolean("SESUAI")).isTrue();
    }

    @Test
    void unknownNikMalformedNikUnknownFieldsAndNoFieldsAreRefused() {
        assertThat(client.post("/siak/v1/verifikasi", "{\"NIK\":\"3316091212129999\",\"NAMA_LGKP\":\"X\"}").status()).isEqualTo(404);
        assertThat(client.post("/siak/v1/verifikasi", "{\"NIK\":\"12345\",\"NAMA_LGKP\":\"X\"}").status()).isEqualTo(400);
        assertThat(client.post("/siak/v1/verifikasi", "{\"NAMA_LGKP\":\"X\"}").status()).isEqualTo(400);
        SandboxClient.Response unknownField = client.post("/siak/v1/verifikasi", SandboxClient.object()
                .add("NIK", mother.getString("NIK")).add("NAMA", "X").build());
        assertThat(unknownField.status()).isEqualTo(422);
        assertThat(unknownField.json().getString("PESAN")).contains("NAMA");
        assertThat(client.post("/siak/v1/verifikasi", SandboxClient.object().add("NIK", mother.getString("NIK")).build())
                .status()).isEqualTo(422);
    }

    private static Map<String, JsonObject> results(SandboxClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonArray("HASIL").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(r -> r.getString("FIELD"), Function.identity()));
    }

    private static String isoDate(String siakDate) {
        return siakDate.substring(6) + "-" + siakDate.substring(3, 5) + "-" + siakDate.substring(0, 2);
    }
}

package id.lintas.sandbox.siak;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.sandbox.SandboxClient;
import id.lintas.sandbox.SandboxServer;
import id.lintas.sandbox.SharedSandbox;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LookupTest {
    private static SandboxServer server;
    private static SandboxClient client;
    private static JsonObject couple;

    @BeforeAll
    static void start() {
        server = SharedSandbox.get();
        client = new SandboxClient(server);
        couple = Samples.couples(client, 1).get(0);
    }

    @Test
    void aResidentIsFoundByNikWithEveryField() {
        String nik = couple.getJsonObject("mother").getString("NIK");

        SandboxClient.Response response = client.get("/siak/v1/penduduk/" + nik);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonObject json = response.json();
        assertThat(json.getString("RESPON")).isEqualTo("SUKSES");
        assertThat(json.getString("NIK")).isEqualTo(nik);
        assertThat(json.getString("NO_KK")).isEqualTo(couple.getString("NO_KK"));
        assertThat(json.getString("JENIS_KLMIN")).isEqualTo("2");
        assertThat(json.getString("STAT_HBKEL")).isEqualTo("ISTRI");
        assertThat(json.getString("TGL_LHR")).matches("[0-9]{2}-[0-9]{2}-[0-9]{4}");
        assertThat(json.getString("NO_PROP")).isEqualTo("33");
        assertThat(json.getString("NO_KAB")).isEqualTo("16");
        assertThat(nik).startsWith("3316" + json.getString("NO_KEC"));
        assertThat(json.keySet()).contains("NIK", "NO_KK", "NAMA_LGKP", "JENIS_KLMIN", "TMPT_LHR", "TGL_LHR", "AGAMA",
                "STAT_KWN", "STAT_HBKEL", "PDDK_AKH", "JENIS_PKRJN", "NIK_IBU", "NAMA_LGKP_IBU", "NIK_AYAH",
                "NAMA_LGKP_AYAH", "NO_AKTA_LHR", "ALAMAT", "NO_RT", "NO_RW", "KODE_POS", "NO_PROP", "NO_KAB", "NO_KEC",
                "NO_KEL", "NAMA_KEC", "NAMA_KEL");
    }

    @Test
    void anUnknownButWellFormedNikIs404() {
        SandboxClient.Response response = client.get("/siak/v1/penduduk/3316091212129999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().getString("RESPON")).isEqualTo("GAGAL");
        assertThat(response.json().getString("KODE")).isEqualTo("DATA_TIDAK_DITEMUKAN");
        assertThat(response.json().getString("PESAN")).contains("tidak terdaftar");
    }

    @ParameterizedTest
    @ValueSource(strings = {"331609121212999", "33160912121299990", "3316O91212129999", "3316093212129999",
        "3316091213129999", "3316091212120000", "0016091212120001", "3300091212120001"})
    void aMalformedNikIs400(String nik) {
        SandboxClient.Response response = client.get("/siak/v1/penduduk/" + nik);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().getString("RESPON")).isEqualTo("GAGAL");
        assertThat(response.json().getString("KODE")).isEqualTo("NIK_TIDAK_VALID");
    }

    @Test
    void aMissingOrWrongKeyIs401() {
        String path = "/siak/v1/penduduk/" + couple.getJsonObject("mother").getString("NIK");
        SandboxClient anonymous = new SandboxClient(server.baseUrl(), null);
        SandboxClient wrongKey = new SandboxClient(server.baseUrl(), "not-the-key");

        SandboxClient.Response missing = anonymous.get(path);
        SandboxClient.Response wrong = wrongKey.get(path);

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json().getString("KODE")).isEqualTo("KUNCI_API_WAJIB");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().getString("KODE")).isEqualTo("KUNCI_API_TIDAK_VALID");
        assertThat(wrongKey.get("/sandbox/admin/stats/siak").status()).isEqualTo(401);
        assertThat(anonymous.get("/sandbox/samples/siak").status()).isEqualTo(401);
    }

    @Test
    void aFamilyIsFoundWithItsMembersAndAddress() {
        SandboxClient.Response response = client.get("/siak/v1/keluarga/" + couple.getString("NO_KK"));

        assertThat(response.status()).isEqualTo(200);
        JsonObject family = response.json();
        assertThat(family.getString("RESPON")).isEqualTo("SUKSES");
        assertThat(family.getString("NO_KK")).isEqualTo(couple.getString("NO_KK"));
        assertThat(family.getString("NAMA_KEP")).isEqualTo(couple.getJsonObject("father").getString("NAMA_LGKP"));
        assertThat(family.getString("NAMA_KAB")).isEqualTo("BLORA");
        assertThat(family.getString("NO_RT")).matches("[0-9]{3}");
        assertThat(family.getInt("JUMLAH_ANGGOTA")).isEqualTo(family.getJsonArray("ANGGOTA").size());
        assertThat(family.getJsonArray("ANGGOTA").stream().map(JsonValue::asJsonObject).map(m -> m.getString("NIK")))
                .contains(couple.getJsonObject("mother").getString("NIK"), couple.getJsonObject("father").getString("NIK"));
        assertThat(family.getJsonArray("ANGGOTA").getJsonObject(0).getString("STAT_HBKEL")).isEqualTo("KEPALA KELUARGA");
    }

    @Test
    void anUnknownFamilyIs404AndAMalformedNumber400() {
        assertThat(client.get("/siak/v1/keluarga/3316090101259999").status()).isEqualTo(404);
        SandboxClient.Response malformed = client.get("/siak/v1/keluarga/33160901012");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().getString("KODE")).isEqualTo("NO_KK_TIDAK_VALID");
    }

    @Test
    void unknownPathsAndMethodsAnswerInSiaksErrorFormat() {
        SandboxClient.Response unknown = client.get("/siak/v1/nothing");
        SandboxClient.Response outside = client.get("/elsewhere");
        SandboxClient.Response wrongMethod = client.send(client.request("/siak/v1/verifikasi").GET().build());
        SandboxClient.Response notJson = client.post("/siak/v1/verifikasi", "{not json");
        SandboxClient.Response deleteDraft = client.send(client.request("/siak/v1/draft").DELETE().build());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().getString("KODE")).isEqualTo("LAYANAN_TIDAK_DITEMUKAN");
        assertThat(outside.status()).isEqualTo(404);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(deleteDraft.status()).isEqualTo(405);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().getString("KODE")).isEqualTo("JSON_TIDAK_VALID");
        assertThat(client.send(client.request("/siak/v1/penduduk/3316091212129999")
                .method("PATCH", HttpRequest.BodyPublishers.noBody()).build()).status()).isEqualTo(405);
    }
}

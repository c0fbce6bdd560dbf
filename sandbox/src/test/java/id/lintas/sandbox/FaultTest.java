package id.lintas.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Faults of the SIAK API set through the admin API, on a sandbox of its own. */
class FaultTest {
    private static SandboxServer server;
    private static SandboxClient client;
    private static String nik;
    private static JsonObject couple;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(0, 7, 5_000);
        client = new SandboxClient(server);
        couple = client.get("/sandbox/samples/siak?count=3").json().getJsonArray("couples").getJsonObject(0);
        nik = couple.getJsonObject("mother").getString("NIK");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void backToNormal() {
        assertThat(setFault("{\"mode\":\"NORMAL\"}").status()).isEqualTo(200);
    }

    @Test
    void slowDelaysSiakAnswersButNotTheAdminApi() {
        SandboxClient.Response set = setFault("{\"mode\":\"SLOW\",\"delayMs\":600}");

        assertThat(set.json().getJsonObject("current").getString("mode")).isEqualTo("SLOW");
        assertThat(set.json().getJsonObject("current").getInt("delayMs")).isEqualTo(600);
        List<CompletableFuture<SandboxClient.Response>> slow = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            slow.add(client.getAsync("/siak/v1/penduduk/" + nik));
        }
        SandboxClient.Response admin = client.get("/sandbox/admin/stats/siak");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.millis()).isLessThan(400);
        for (CompletableFuture<SandboxClient.Response> answer : slow) {
            SandboxClient.Response response = answer.join();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.millis()).isGreaterThanOrEqualTo(600);
        }
        setFault("{\"mode\":\"NORMAL\"}");
        assertThat(client.get("/siak/v1/penduduk/" + nik).millis()).isLessThan(600);
    }

    @Test
    void errorAnswersTheStatusForTheRatioOfRequests() {
        setFault("{\"mode\":\"ERROR\",\"status\":503,\"ratio\":1.0}");

        SandboxClient.Response failed = client.get("/siak/v1/penduduk/" + nik);

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.json().getString("RESPON")).isEqualTo("GAGAL");
        assertThat(failed.json().getString("KODE")).isEqualTo("GANGGUAN_SIMULASI");
        assertThat(client.get("/sandbox/samples/siak").status()).isEqualTo(200);

        setFault("{\"mode\":\"ERROR\",\"status\":500,\"ratio\":0.25}");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            statuses.add(client.get("/siak/v1/penduduk/" + nik).status());
        }
        assertThat(statuses).containsOnly(200, 500);
        assertThat(statuses.stream().filter(s -> s == 500).count()).isEqualTo(10);
        assertThat(client.get("/sandbox/admin/faults/siak").json().getJsonNumber("errorRequests").longValue()).isGreaterThanOrEqualTo(11);
    }

    @Test
    void anErrorAfterProcessingLeavesTheDraftMadeSoARetryWithTheSameKeyFindsIt() {
        setFault("{\"mode\":\"ERROR\",\"status\":502,\"ratio\":1.0,\"phase\":\"AFTER\"}");
        String key = UUID.randomUUID().toString();
        JsonObject body = SandboxClient.object().add("JENIS", "KELAHIRAN").add("NAMA_LGKP", "INTAN LESTARI")
                .add("JENIS_KLMIN", "2").add("TMPT_LHR", "BLORA")
                .add("TGL_LHR", LocalDate.now(SandboxServer.ZONE).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")))
                .add("NIK_IBU", nik).add("NO_KK", couple.getString("NO_KK")).build();

        assertThat(client.postDraft(key, body).status()).isEqualTo(502);
        setFault("{\"mode\":\"NORMAL\"}");
        SandboxClient.Response retry = client.postDraft(key, body);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    }

    @Test
    void timeoutNeverAnswersWhileTheAdminApiDoes() throws Exception {
        setFault("{\"mode\":\"TIMEOUT\"}");
        HttpClient impatient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/siak/v1/penduduk/" + nik))
                .header("X-Siak-Key", server.key()).timeout(Duration.ofMillis(1500)).GET().build();

        long started = System.nanoTime();
        assertThatThrownBy(() -> impatient.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(1400);

        SandboxClient.Response faults = client.get("/sandbox/admin/faults/siak");
        assertThat(faults.status()).isEqualTo(200);
        assertThat(faults.millis()).isLessThan(400);
        assertThat(faults.json().getJsonObject("current").getString("mode")).isEqualTo("TIMEOUT");
        assertThat(faults.json().getJsonObject("current").getInt("holdSeconds")).isEqualTo(90);
    }

    @Test
    void aShortTimeoutHoldEndsIn504() {
        setFault("{\"mode\":\"TIMEOUT\",\"holdSeconds\":1}");

        SandboxClient.Response response = client.get("/siak/v1/penduduk/" + nik);

        assertThat(response.status()).isEqualTo(504);
        assertThat(response.millis()).isGreaterThanOrEqualTo(1000);
        assertThat(response.json().getString("KODE")).isEqualTo("BATAS_WAKTU");
    }

    @Test
    void downAnswers503ForItsWindowThenSiakRecovers() throws InterruptedException {
        SandboxClient.Response set = setFault("{\"mode\":\"DOWN\",\"seconds\":1}");
        assertThat(set.json().getJsonObject("current").getString("mode")).isEqualTo("DOWN");
        assertThat(set.json().getJsonObject("current").getString("until")).isNotBlank();

        SandboxClient.Response down = client.get("/siak/v1/penduduk/" + nik);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().getString("RESPON")).isEqualTo("GAGAL");
        assertThat(down.json().getString("PESAN")).isEqualTo("SIAK sedang tidak tersedia");
        assertThat(down.json().getString("KODE")).isEqualTo("SIAK_TIDAK_TERSEDIA");
        assertThat(down.millis()).isLessThan(500);
        assertThat(client.post("/siak/v1/verifikasi", "{}").status()).isEqualTo(503);
        assertThat(client.get("/sandbox/admin/stats/siak").status()).isEqualTo(200);

        Thread.sleep(1200);

        assertThat(client.get("/siak/v1/penduduk/" + nik).status()).isEqualTo(200);
        assertThat(client.get("/sandbox/admin/faults/siak").json().getJsonObject("current").getString("mode")).isEqualTo("NORMAL");
    }

    @Test
    void faultsComeBeforeTheKeyCheckLikeAnUnreachableSystem() {
        setFault("{\"mode\":\"DOWN\",\"seconds\":30}");

        assertThat(new SandboxClient(server.baseUrl(), null).get("/siak/v1/penduduk/" + nik).status()).isEqualTo(503);
        assertThat(new SandboxClient(server.baseUrl(), null).get("/sandbox/admin/faults/siak").status()).isEqualTo(401);
    }

    @Test
    void invalidFaultSettingsAreRefused() {
        assertThat(setFault("{\"mode\":\"BROKEN\"}").status()).isEqualTo(400);
        assertThat(setFault("{\"mode\":\"SLOW\"}").status()).isEqualTo(400);
        assertThat(setFault("{\"mode\":\"SLOW\",\"delayMs\":-5}").status()).isEqualTo(400);
        assertThat(setFault("{\"mode\":\"ERROR\",\"ratio\":2}").status()).isEqualTo(400);
        assertThat(setFault("{\"mode\":\"ERROR\",\"status\":200}").status()).isEqualTo(400);
        assertThat(setFault("{\"mode\":\"DOWN\"}").status()).isEqualTo(400);
        SandboxClient.Response extra = setFault("{\"mode\":\"NORMAL\",\"delayMs\":5}");
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.json().getString("PESAN")).contains("delayMs");
        assertThat(setFault("not json").status()).isEqualTo(400);
        assertThat(client.put("/sandbox/admin/faults/kurir", "{\"mode\":\"NORMAL\"}").status()).isEqualTo(404);
        assertThat(client.get("/sandbox/admin/faults/siak").json().getJsonObject("current").getString("mode")).isEqualTo("NORMAL");
    }

    private static SandboxClient.Response setFault(String json) {
        return client.put("/sandbox/admin/faults/siak", json);
    }
}

package id.lintas.sandbox.siak;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.sandbox.SandboxClient;
import id.lintas.sandbox.SandboxServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The same seed makes the same population, wherever and whenever it runs; another seed another one. */
class DeterminismTest {

    @Test
    void twoServersWithTheSameSeedServeTheSameResidentsAndDifferentSeedsDiffer() throws Exception {
        try (SandboxServer first = SandboxServer.start(0, 3316, 100_000);
                SandboxServer second = SandboxServer.start(0, 3316, 100_000);
                SandboxServer other = SandboxServer.start(0, 42, 100_000)) {
            SandboxClient a = new SandboxClient(first);
            SandboxClient b = new SandboxClient(second);
            SandboxClient c = new SandboxClient(other);
            JsonObject samples = Samples.fetch(a, 20);
            List<String> niks = samples.getJsonArray("couples").stream().map(JsonValue::asJsonObject)
                    .flatMap(couple -> Stream.of(couple.getJsonObject("mother").getString("NIK"),
                            couple.getJsonObject("father").getString("NIK")))
                    .toList();

            for (String nik : niks) {
                SandboxClient.Response fromFirst = a.get("/siak/v1/penduduk/" + nik);
                SandboxClient.Response fromSecond = b.get("/siak/v1/penduduk/" + nik);
                SandboxClient.Response fromOther = c.get("/siak/v1/penduduk/" + nik);
                assertThat(fromSecond.status()).isEqualTo(200);
                assertThat(fromSecond.body()).isEqualTo(fromFirst.body());
                assertThat(fromOther.status() == 404 || !fromOther.body().equals(fromFirst.body())).isTrue();
            }
            assertThat(Samples.fetch(b, 20)).isEqualTo(samples);
            assertThat(Samples.fetch(c, 20)).isNotEqualTo(samples);
            assertThat(exportDigest(a)).isEqualTo(exportDigest(b)).isNotEqualTo(exportDigest(c));
        }
    }

    /** The SHA-256 of the export, read as a stream: the export of 100,000 residents is some 80 MB. */
    private static String exportDigest(SandboxClient client) throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(client.request("/sandbox/admin/export/siak").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

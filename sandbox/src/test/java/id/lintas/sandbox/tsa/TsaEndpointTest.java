package id.lintas.sandbox.tsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.sandbox.SandboxServer;
import id.lintas.signing.HttpTimestampClient;
import id.lintas.signing.SigningException;
import id.lintas.signing.testpki.DemoPki;
import id.lintas.signing.tsa.TimestampAuthority;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /tsa}: RFC 3161 over HTTP with the TSA of a TTE directory, and what it refuses. */
class TsaEndpointTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DemoPki pki;
    private static SandboxServer server;

    @BeforeAll
    static void start() throws Exception {
        pki = DemoPki.generateForDemoOffice();
        Path tte = Path.of("target", "tsa-endpoint-test").toAbsolutePath();
        pki.writeTteDirectory(tte, "kadis", "tte-demo".toCharArray());
        TimestampAuthority tsa = TimestampAuthority.fromPkcs12(tte.resolve("tsa/tsa.p12"), DemoPki.TSA_SANDBOX_PASSWORD.toCharArray());
        server = SandboxServer.start(new SandboxServer.Options("127.0.0.1", 0, 7, 1_000, SandboxServer.DEFAULT_KEY)
                .withTimestampAuthority(tsa));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void stampsADigestWithATokenOfTheTsaCertificate() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("kutipan akta kelahiran".getBytes());
        TimeStampToken token = new HttpTimestampClient(URI.create(server.tsaUrl())).timestamp(digest);
        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(digest);
        assertThat(token.getTimeStampInfo().getPolicy()).isEqualTo(TimestampAuthority.POLICY);
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(pki.tsa().certificate()));
        assertThat(server.tsaUrl()).isEqualTo(server.baseUrl() + "/tsa");
        assertThat(stats().getJsonObject("queries").getInt("granted")).isPositive();
    }

    @Test
    void answersAnUnparseableQueryWithARejectionAsRfc3161Says() throws Exception {
        HttpResponse<byte[]> answer = post("application/timestamp-query", new byte[] {1, 2, 3});
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/timestamp-reply");
        TimeStampResponse response = new TimeStampResponse(answer.body());
        assertThat(response.getStatus()).isEqualTo(2);
        assertThat(response.getFailInfo().intValue()).isEqualTo(PKIFailureInfo.badDataFormat);
        assertThat(response.getTimeStampToken()).isNull();
    }

    @Test
    void refusesOtherContentTypesOversizedBodiesAndOtherMethods() throws Exception {
        HttpResponse<byte[]> json = post("application/json", "{}".getBytes());
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(new String(json.body())).contains("JENIS_ISI_TIDAK_DIDUKUNG", "application/timestamp-query");
        assertThat(post(null, new byte[] {0x30, 0}).statusCode()).isEqualTo(415);
        assertThat(post("Application/Timestamp-Query; charset=binary", new byte[] {1}).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> large = post("application/timestamp-query", new byte[TsaSandbox.MAX_QUERY_BYTES + 1]);
        assertThat(large.statusCode()).isEqualTo(413);

        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(server.tsaUrl())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
    }

    @Test
    void aTsaTakenDownByTheAdminApiFailsTheClient() throws Exception {
        admin("PUT", "/sandbox/admin/faults/tsa", "{\"mode\":\"DOWN\",\"seconds\":30}");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest("x".getBytes());
            assertThatThrownBy(() -> new HttpTimestampClient(URI.create(server.tsaUrl())).timestamp(digest))
                    .isInstanceOf(SigningException.class).hasMessageContaining("503");
        } finally {
            admin("PUT", "/sandbox/admin/faults/tsa", "{\"mode\":\"NORMAL\"}");
        }
    }

    @Test
    void withoutATimestampAuthorityTheEndpointSaysSo() throws Exception {
        try (SandboxServer bare = SandboxServer.start(0, 7, 1_000)) {
            assertThat(bare.tsa().configured()).isFalse();
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(bare.tsaUrl()))
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {0x30, 0})).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.body()).contains("TSA_TIDAK_DIKONFIGURASI", "--tsa-p12");
        }
    }

    @Test
    void theSamplesGiveTheChainToCheckTokensWith() throws Exception {
        HttpResponse<String> samples = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sandbox/samples/tsa"))
                .header("X-Siak-Key", SandboxServer.DEFAULT_KEY).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonObject body = Json.createReader(new StringReader(samples.body())).readObject();
        assertThat(body.getString("path")).isEqualTo("/tsa");
        assertThat(body.getJsonArray("chain")).hasSize(3);
        assertThat(body.getJsonArray("chain").getString(0)).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void theCommandLineLoadsTheTsaFromItsFile() throws Exception {
        Path p12 = Path.of("target", "tsa-endpoint-test", "tsa", "tsa.p12").toAbsolutePath();
        assertThat(SandboxServer.Options.parse(new String[] {"--tsa-p12", p12.toString()}).timestampAuthority().chain())
                .hasSize(3);
        assertThat(SandboxServer.Options.parse(new String[0]).timestampAuthority()).isNull();
        assertThatThrownBy(() -> SandboxServer.Options.parse(new String[] {"--tsa-p12", p12.toString(), "--tsa-password", "salah"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--tsa-p12");
    }

    private static HttpResponse<byte[]> post(String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.tsaUrl())).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonObject stats() throws Exception {
        return Json.createReader(new StringReader(admin("GET", "/sandbox/admin/stats/tsa", null))).readObject();
    }

    private static String admin(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("X-Siak-Key", SandboxServer.DEFAULT_KEY);
        request = json == null ? request.GET() : request.method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }
}

package id.lintas.devserver;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Issue 5's bar: a load generator on loopback posting birth reports to the hospital REST API
 * ({@code POST /api/v1/hospital/births}, HTTP Basic over TLS, JSON with small scans), closed loop on a few
 * connections, next to the same generator against the trivial health endpoint, also over TLS, as the
 * ceiling of this machine's HTTP stack: throughput, latency percentiles, and the ratio.
 */
final class IntakeBenchmark {
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    /** The hospital API answers over TLS only; the keep-alive connections pay the handshake once. */
    static final String HTTPS = "https://localhost:8181/";
    private final HttpClient http;
    private final String authorization = "Basic " + Base64.getEncoder().encodeToString("rs.blora:lintas-demo".getBytes(StandardCharsets.UTF_8));
    private final JsonArray couples;
    private final AtomicLong serial = new AtomicLong();

    IntakeBenchmark(JsonArray couples, LocalhostCertificate tls) {
        this.couples = couples;
        this.http = tls.httpClient().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Latencies of one measured run. */
    record Run(String what, int connections, double seconds, long requests, long errors, double[] sortedMs) {
        String describe() {
            return String.format("%s: %,d requests on %d connections in %.1f s = %.0f/s; latency median %.1f ms, p95 %.1f ms,"
                    + " p99 %.1f ms, max %.1f ms; errors %d", what, requests, connections, seconds, requests / seconds,
                    pct(0.50), pct(0.95), pct(0.99), sortedMs.length == 0 ? 0 : sortedMs[sortedMs.length - 1], errors);
        }

        double perSecond() {
            return requests / seconds;
        }

        double pct(double p) {
            return sortedMs.length == 0 ? 0 : sortedMs[(int) Math.min(sortedMs.length - 1, Math.ceil(sortedMs.length * p) - 1)];
        }
    }

    void run(int connections, int seconds) throws Exception {
        measure("warm-up", connections, 5, this::report);
        measure("warm-up", connections, 3, i -> health());
        Run intake = measure("REST intake POST /api/v1/hospital/births", connections, seconds, this::report);
        Run ceiling = measure("ceiling GET /health", connections, seconds, i -> health());
        System.out.println("[bench] " + intake.describe());
        System.out.println("[bench] " + ceiling.describe());
        System.out.printf("[bench] REST intake at %.1f %% of the health endpoint's rate on this machine%n",
                100 * intake.perSecond() / ceiling.perSecond());
    }

    private HttpRequest health() {
        return HttpRequest.newBuilder(URI.create(HTTPS + "health")).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private HttpRequest report(int i) {
        JsonObject couple = couples.getJsonObject(i % couples.size());
        String reference = "BENCH-" + System.nanoTime() + "-" + serial.incrementAndGet();
        JsonObject body = Json.createObjectBuilder()
                .add("reference", reference)
                .add("birth", Json.createObjectBuilder().add("dateTime", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1).toString())
                        .add("place", "RSUD dr. R. Soetijono Blora").add("attendant", "MIDWIFE").add("attendantName", "Bidan Ani")
                        .add("weightGrams", 3100).add("lengthCm", 49).add("birthOrder", 1).add("multiplicity", "SINGLE"))
                .add("child", Json.createObjectBuilder().add("name", "Bayi Ny. " + couple.getString("motherName")).add("sex", "FEMALE"))
                .add("mother", person(couple.getString("motherNik"), couple.getString("motherName")))
                .add("father", person(couple.getString("fatherNik"), couple.getString("fatherName")))
                .add("familyKk", couple.getString("kk"))
                .add("marriage", Json.createObjectBuilder().add("evidence", "SPTJM"))
                .add("reporter", person(couple.getString("fatherNik"), couple.getString("fatherName")))
                .add("witnesses", Json.createArrayBuilder().add(person("3316081203850002", "Ahmad Yani"))
                        .add(person("3316084507880003", "Dewi Lestari")))
                .add("scans", Json.createArrayBuilder().add(scan("KK", PDF)).add(scan("MOTHER_ID", PNG)).add(scan("FATHER_ID", PNG))
                        .add(scan("SPTJM", PDF)))
                .build();
        return HttpRequest.newBuilder(URI.create(HTTPS + "api/v1/hospital/births")).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private static jakarta.json.JsonObjectBuilder person(String nik, String name) {
        return Json.createObjectBuilder().add("nik", nik).add("name", name);
    }

    private static jakarta.json.JsonObjectBuilder scan(String kind, byte[] content) {
        return Json.createObjectBuilder().add("kind", kind).add("fileName", kind.toLowerCase() + ".bin")
                .add("content", Base64.getEncoder().encodeToString(content));
    }

    private Run measure(String what, int connections, int seconds, IntFunction<HttpRequest> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        long t0 = System.nanoTime();
        List<Future<double[]>> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int worker = c;
            workers.add(pool.submit(() -> {
                double[] ms = new double[1 << 16];
                int n = 0;
                for (int i = worker; System.nanoTime() < end; i += connections) {
                    HttpRequest r = request.apply(i);
                    long s = System.nanoTime();
                    HttpResponse<Void> response = http.send(r, HttpResponse.BodyHandlers.discarding());
                    double took = (System.nanoTime() - s) / 1e6;
                    if (response.statusCode() / 100 != 2) {
                        errors.incrementAndGet();
                    }
                    if (n == ms.length) {
                        ms = Arrays.copyOf(ms, n * 2);
                    }
                    ms[n++] = took;
                }
                return Arrays.copyOf(ms, n);
            }));
        }
        List<double[]> parts = new ArrayList<>();
        for (Future<double[]> w : workers) {
            parts.add(w.get());
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        double[] all = parts.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
        return new Run(what, connections, elapsed, all.length, errors.get(), all);
    }
}

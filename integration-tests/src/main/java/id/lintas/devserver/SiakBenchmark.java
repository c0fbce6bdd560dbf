package id.lintas.devserver;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 4's bars, against the SIAK sandbox on loopback: the synchronous lookup's latency when
 * SIAK answers in 5 ms, and the gateway's throughput draining a backlog of outbox entries made
 * (by a hospital's steps through CaseService) while SIAK was down, from "SIAK is back" until every
 * entry is delivered (SIAK made the draft) and numbered (SIAK issued NIK, KK and akta).
 */
public final class SiakBenchmark {
    private final String sandbox;
    private final String jdbcUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    SiakBenchmark(String sandboxBaseUrl, String jdbcUrl) {
        this.sandbox = sandboxBaseUrl;
        this.jdbcUrl = jdbcUrl;
    }

    void run(int backlog) throws Exception {
        JsonArray couples = couples(1000);
        HttpClient operator = Benchmark.login("operator");
        JsonArrayBuilder niks = Json.createArrayBuilder();
        for (int i = 0; i < 200; i++) {
            niks.add(couples.getJsonObject(i).getString("motherNik"));
        }
        String nikList = niks.build().toString();
        fault("{\"mode\":\"NORMAL\"}");
        Benchmark.postJson(operator, "api/benchmark/siak/lookups?rounds=2", nikList); // warm-up
        fault("{\"mode\":\"SLOW\",\"delayMs\":5}");
        System.out.println("[bench] SIAK lookup through the gateway, SIAK answering in 5 ms (200 NIKs x 10): "
                + Benchmark.postJson(operator, "api/benchmark/siak/lookups?rounds=10", nikList));
        fault("{\"mode\":\"NORMAL\"}");
        System.out.println("[bench] SIAK lookup through the gateway, SIAK at full speed (200 NIKs x 10): "
                + Benchmark.postJson(operator, "api/benchmark/siak/lookups?rounds=10", nikList));

        HttpClient hospital = Benchmark.login("rs.blora");
        Benchmark.postJson(hospital, "api/benchmark/siak/births?threads=4", first(couples, 100).toString()); // warm-up
        awaitSettled(120);

        fault("{\"mode\":\"DOWN\",\"seconds\":3600}");
        // SIAK gives at most 9,999 akta numbers a day per regency: the rest of the backlog are biodata changes
        int births = Math.min(backlog, 9_000);
        long made = 0;
        long t0 = System.nanoTime();
        while (made < births) {
            int n = (int) Math.min(1000, births - made);
            Benchmark.postJson(hospital, "api/benchmark/siak/births?threads=4", first(couples, n).toString());
            made += n;
        }
        if (backlog > births) {
            Benchmark.postJson(operator, "api/benchmark/siak/biodata", biodataChanges(couples, backlog - births).toString());
            made = backlog;
        }
        System.out.printf("[bench] backlog: %,d births registered by the hospital (steps through CaseService) and %,d biodata"
                + " changes, made while SIAK was down, in %.1f s; waiting in the outbox: %,d%n", births, backlog - births,
                (System.nanoTime() - t0) / 1e9, count("status = 'WAITING'"));

        long total = count("true");
        long numberedBefore = count("status = 'NUMBERED'");
        fault("{\"mode\":\"NORMAL\"}");
        long back = System.nanoTime();
        double delivered = -1;
        double numbered = -1;
        long lastReport = back;
        while (numbered < 0) {
            Thread.sleep(100);
            long waiting = count("status = 'WAITING'");
            long done = count("status = 'NUMBERED'") - numberedBefore;
            double seconds = (System.nanoTime() - back) / 1e9;
            if (delivered < 0 && waiting == 0) {
                delivered = seconds;
            }
            if (done >= made) {
                numbered = seconds;
            }
            if (System.nanoTime() - lastReport > 5e9) {
                System.out.printf("[bench]   %.0f s: %,d waiting, %,d numbered%n", seconds, waiting, done);
                lastReport = System.nanoTime();
            }
            if (seconds > 1800) {
                throw new IllegalStateException("the backlog did not drain in 30 minutes");
            }
        }
        System.out.printf("[bench] SIAK back after the outage: %,d submissions delivered in %.1f s (%.0f/s),"
                + " all numbered after %.1f s (%.0f submissions/s end to end; %,d outbox rows in all; dead: %,d)%n",
                made, delivered, made / delivered, numbered, made / numbered, total, count("status = 'DEAD'"));
        System.out.println("[bench] SIAK sandbox: " + stats().getJsonObject("drafts"));
    }

    /** A change of occupation for each of {@code n} fathers (one change per resident). */
    private static JsonArray biodataChanges(JsonArray couples, int n) {
        if (n > couples.size()) {
            throw new IllegalArgumentException("at most " + couples.size() + " biodata changes");
        }
        JsonArrayBuilder b = Json.createArrayBuilder();
        for (int i = 0; i < n; i++) {
            JsonObject couple = couples.getJsonObject(i);
            String occupation = "WIRASWASTA".equals(couple.getString("fatherOccupation", "")) ? "PETANI/PEKEBUN" : "WIRASWASTA";
            b.add(Json.createObjectBuilder().add("nik", couple.getString("fatherNik")).add("field", "JENIS_PKRJN")
                    .add("value", occupation));
        }
        return b.build();
    }

    private static JsonArray first(JsonArray list, int n) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        for (int i = 0; i < n; i++) {
            b.add(list.get(i % list.size()));
        }
        return b.build();
    }

    private void awaitSettled(int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (count("status in ('WAITING', 'ACCEPTED')") > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the warm-up births never settled");
            }
            Thread.sleep(200);
        }
    }

    private long count(String condition) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from siak_submission where " + condition)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    JsonArray couples(int count) throws Exception {
        return births(json(send(request("/sandbox/samples/siak?count=" + count).GET().build())));
    }

    /** The sandbox's sample couples as the benchmark API's births: motherNik, motherName, fatherNik, fatherName, kk. */
    public static JsonArray births(JsonObject samples) {
        List<JsonValue> births = new ArrayList<>();
        for (JsonValue v : samples.getJsonArray("couples")) {
            JsonObject couple = v.asJsonObject();
            births.add(Json.createObjectBuilder()
                    .add("motherNik", couple.getJsonObject("mother").getString("NIK"))
                    .add("motherName", couple.getJsonObject("mother").getString("NAMA_LGKP"))
                    .add("fatherNik", couple.getJsonObject("father").getString("NIK"))
                    .add("fatherName", couple.getJsonObject("father").getString("NAMA_LGKP"))
                    .add("fatherOccupation", couple.getJsonObject("father").getString("JENIS_PKRJN", ""))
                    .add("kk", couple.getString("NO_KK")).build());
        }
        return Json.createArrayBuilder(births).build();
    }

    private JsonObject stats() throws Exception {
        return json(send(request("/sandbox/admin/stats/siak").GET().build()));
    }

    private void fault(String json) throws Exception {
        send(request("/sandbox/admin/faults/siak").PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(sandbox + path)).timeout(Duration.ofSeconds(30)).header("X-Siak-Key", "sandbox-key");
    }

    private String send(HttpRequest request) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}

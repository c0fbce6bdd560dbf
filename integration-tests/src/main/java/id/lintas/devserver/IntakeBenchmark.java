package id.lintas.devserver;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 5's bar: a load generator on loopback posting birth reports to the hospital REST API
 * ({@code POST /api/v1/hospital/births}, HTTP Basic over TLS, JSON with small scans), closed loop on a few
 * connections, next to the same generator against the trivial health endpoint, also over TLS, as the
 * ceiling of this machine's HTTP stack: throughput, latency percentiles, the ratio, and where the CPU went.
 */
final class IntakeBenchmark {
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** Looked up once: {@code JSON.createObjectBuilder()} scans the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    /** The hospital API answers over TLS only; the keep-alive connections pay the handshake once. */
    static final String HTTPS = "https://localhost:8181/";
    private final LoopbackLoad load;
    private final Map<String, String> headers = Map.of("Authorization",
            "Basic " + Base64.getEncoder().encodeToString("rs.blora:lintas-demo".getBytes(StandardCharsets.UTF_8)),
            "Content-Type", "application/json");
    private final JsonArray couples;
    private final AtomicLong serial = new AtomicLong();

    private final String jdbcUrl;

    IntakeBenchmark(JsonArray couples, LocalhostCertificate tls, String jdbcUrl) {
        this.couples = couples;
        this.jdbcUrl = jdbcUrl;
        this.load = new LoopbackLoad(URI.create(HTTPS), tls.sslContext().getSocketFactory());
    }

    void run(int connections, int seconds) throws Exception {
        // Payara's JIT compilers still took a third of its CPU after a few seconds of load, and as much
        // as the requests after 30 s: warm up for a minute
        int warmUp = Integer.getInteger("bench.intake.warmup", 60);
        load.measure("warm-up", connections, warmUp, this::report);
        load.measure("warm-up", connections, Math.max(3, warmUp / 3), i -> health());
        awaitOpened();
        statements("create extension if not exists pg_stat_statements");
        statements("select pg_stat_statements_reset()");
        System.out.println("[bench] intake: measuring from " + java.time.Instant.now());
        CpuTime intakeCpu = CpuTime.start();
        LoopbackLoad.Run intake = load.measure("REST intake POST /api/v1/hospital/births", connections, seconds, this::report);
        String intakeShares = intakeCpu.describe(intake.requests(), "report");
        System.out.println("[bench] intake: measured until " + java.time.Instant.now());
        String intakeStatements = statements(intake.requests());
        // the cases of the accepted reports are opened in the background; the ceiling is measured after that
        long backlog = waiting();
        CpuTime drainCpu = CpuTime.start();
        long t0 = System.nanoTime();
        awaitOpened();
        double drained = (System.nanoTime() - t0) / 1e9;
        String drainShares = drainCpu.describe(backlog, "case opened after the load");
        String allStatements = statements(intake.requests());
        CpuTime ceilingCpu = CpuTime.start();
        LoopbackLoad.Run ceiling = load.measure("ceiling GET /health", connections, seconds, i -> health());
        String ceilingShares = ceilingCpu.describe(ceiling.requests(), "request");
        System.out.println("[bench] " + intake.describe());
        System.out.println("[bench]   " + intakeShares);
        System.out.println("[bench]   SQL statements while the load ran, per report accepted: " + intakeStatements);
        System.out.printf("[bench]   %,d reports still waiting for their case when the load stopped, all opened %.1f s later;"
                + " %,d cases opened from reports in %.1f s in all = %.0f/s%n", backlog, drained, intake.requests(),
                intake.seconds() + drained, intake.requests() / (intake.seconds() + drained));
        System.out.println("[bench]   opening those: " + drainShares);
        System.out.println("[bench]   SQL statements per report, accepting it and opening its case: " + allStatements);
        System.out.println("[bench] " + ceiling.describe());
        System.out.println("[bench]   " + ceilingShares);
        System.out.printf("[bench] REST intake at %.1f %% of the health endpoint's rate on this machine%n",
                100 * intake.perSecond() / ceiling.perSecond());
    }

    /**
     * The statements PostgreSQL ran since the last reset (pg_stat_statements, without this
     * benchmark's own), per report: in all, and the most frequent ones.
     */
    private String statements(long reports) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select calls, regexp_replace(query, '\\s+', ' ', 'g') from pg_stat_statements"
                        + " where dbid = (select oid from pg_database where datname = current_database())"
                        + " and query not like '%pg_stat_statements%' and query not like 'select count(*) from birth_report%'"
                        + " order by calls desc")) {
            long all = 0;
            StringBuilder top = new StringBuilder();
            for (int row = 0; rs.next(); row++) {
                all += rs.getLong(1);
                if (row < 12) {
                    String query = rs.getString(2);
                    top.append(String.format("%n[bench]     %6.2f  %s", rs.getLong(1) / (double) Math.max(1, reports),
                            query.length() > 110 ? query.substring(0, 110) + "..." : query));
                }
            }
            return String.format("%.1f in all%s", all / (double) Math.max(1, reports), top);
        }
    }

    private void statements(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Reports accepted whose case the worker has not opened yet. */
    private long waiting() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from birth_report where status = 'RECEIVED'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void awaitOpened() throws Exception {
        long deadline = System.nanoTime() + 1_200_000_000_000L;
        while (waiting() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the reports' cases were not opened within 20 minutes");
            }
            Thread.sleep(200);
        }
    }

    private LoopbackLoad.Request health() {
        return LoopbackLoad.Request.get("health");
    }

    private LoopbackLoad.Request report(int i) {
        JsonObject couple = couples.getJsonObject(i % couples.size());
        String reference = "BENCH-" + System.nanoTime() + "-" + serial.incrementAndGet();
        JsonObject body = JSON.createObjectBuilder()
                .add("reference", reference)
                .add("birth", JSON.createObjectBuilder().add("dateTime", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1).toString())
                        .add("place", "RSUD dr. R. Soetijono Blora").add("attendant", "MIDWIFE").add("attendantName", "Bidan Ani")
                        .add("weightGrams", 3100).add("lengthCm", 49).add("birthOrder", 1).add("multiplicity", "SINGLE"))
                .add("child", JSON.createObjectBuilder().add("name", "Bayi Ny. " + couple.getString("motherName")).add("sex", "FEMALE"))
                .add("mother", person(couple.getString("motherNik"), couple.getString("motherName")))
                .add("father", person(couple.getString("fatherNik"), couple.getString("fatherName")))
                .add("familyKk", couple.getString("kk"))
                .add("marriage", JSON.createObjectBuilder().add("evidence", "SPTJM"))
                .add("reporter", person(couple.getString("fatherNik"), couple.getString("fatherName")))
                .add("witnesses", JSON.createArrayBuilder().add(person("3316081203850002", "Ahmad Yani"))
                        .add(person("3316084507880003", "Dewi Lestari")))
                .add("scans", JSON.createArrayBuilder().add(scan("KK", PDF)).add(scan("MOTHER_ID", PNG)).add(scan("FATHER_ID", PNG))
                        .add(scan("SPTJM", PDF)))
                .build();
        return new LoopbackLoad.Request("POST", "api/v1/hospital/births", headers, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static jakarta.json.JsonObjectBuilder person(String nik, String name) {
        return JSON.createObjectBuilder().add("nik", nik).add("name", name);
    }

    private static jakarta.json.JsonObjectBuilder scan(String kind, byte[] content) {
        return JSON.createObjectBuilder().add("kind", kind).add("fileName", kind.toLowerCase() + ".bin")
                .add("content", Base64.getEncoder().encodeToString(content));
    }
}

package id.lintas.devserver;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The benchmark command ({@code mvn -B -Pbenchmark verify}): a fresh embedded PostgreSQL with
 * 1,000,000 historical cases (and a backlog of open ones), Payara in benchmark mode, then
 * the figures of issue 3's bars, printed: step completions per second through the application
 * layer, and the inbox query's time for a role; then issue 4's, against the SIAK sandbox
 * ({@link SiakBenchmark}), issue 5's, the hospital intake ({@link IntakeBenchmark}), and issue 7's,
 * WhatsApp conversations ({@link ConversationBenchmark}).
 */
public final class Benchmark {
    static final String BASE = "http://localhost:8080/";

    public static void main(String[] args) throws Exception {
        int historical = Integer.getInteger("bench.historical", 1_000_000);
        int cases = Integer.getInteger("bench.cases", 2_000);
        int threads = Integer.getInteger("bench.threads", 4);
        Path home = Path.of(System.getProperty("payara.home"));
        Path ear = Path.of(System.getProperty("lintas.ear"));
        Path work = Files.createDirectories(Path.of(System.getProperty("bench.dir", "target/benchmark")));
        int port = Integer.getInteger("bench.db.port", 5434);

        int siakPort = Integer.getInteger("bench.siak.port", 8091);
        int backlog = Integer.getInteger("bench.siak.backlog", 10_000);
        Path tte = DemoTte.generate(work.resolve("tte"));
        try (EmbeddedDatabase db = EmbeddedDatabase.start(port, null,
                Map.of("shared_preload_libraries", "pg_stat_statements"));
                id.lintas.sandbox.SandboxServer siak = id.lintas.sandbox.SandboxServer.start(new id.lintas.sandbox.SandboxServer.Options(
                        "127.0.0.1", siakPort, 3316, 100_000, id.lintas.sandbox.SandboxServer.DEFAULT_KEY)
                        .withTimestampAuthority(DemoTte.timestampAuthority(tte)))) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("LINTAS_SIAK_URL", siak.baseUrl());
            env.put("LINTAS_TTE_DIR", tte.toString());
            env.put("LINTAS_TSA_URL", siak.tsaUrl());
            env.put("LINTAS_DB_URL", db.jdbcUrl());
            env.put("LINTAS_DB_USER", EmbeddedDatabase.USER);
            env.put("LINTAS_DB_PASSWORD", EmbeddedDatabase.PASSWORD);
            env.put("LINTAS_DEMO", "true");
            env.put("LINTAS_BENCHMARK", "true");
            env.putAll(ConversationBenchmark.env(siak));
            PayaraDomain payara = new PayaraDomain(home, work.resolve("domains"), env);
            payara.createIfMissing();
            payara.stop();
            LocalhostCertificate tls = payara.useLocalhostCertificate(work.resolve("tls"));
            payara.start();
            try {
                payara.undeploy("lintas"); // what an earlier benchmark left in its domain
                payara.deploy(ear, "lintas");
                String only = System.getProperty("bench.only", "all"); // all, steps, siak, intake, conversations
                if (only.equals("conversations")) {
                    conversations(db.jdbcUrl(), siak);
                    return;
                }
                SiakBenchmark siakBench = new SiakBenchmark(siak.baseUrl(), db.jdbcUrl());
                if (only.equals("intake")) {
                    new IntakeBenchmark(siakBench.couples(1000), tls, db.jdbcUrl()).run(Integer.getInteger("bench.intake.connections", 8),
                            Integer.getInteger("bench.intake.seconds", 20));
                    return;
                }
                System.out.printf("[bench] %s%n", describe(db.jdbcUrl()));
                long t0 = System.nanoTime();
                seedHistory(db.jdbcUrl(), historical);
                System.out.printf("[bench] %,d historical cases seeded in %.1f s%n", historical, (System.nanoTime() - t0) / 1e9);
                System.out.printf("[bench] %s%n", describe(db.jdbcUrl()));

                HttpClient operator = login("operator");
                System.out.println("[bench] warm-up: " + post(operator, "api/benchmark/steps?cases=200&threads=" + threads));
                String steps = post(operator, "api/benchmark/steps?cases=" + cases + "&threads=" + threads);
                System.out.println("[bench] step completions through CaseService: " + steps);

                HttpClient kasi = login("kasi");
                get(kasi, "api/benchmark/inbox?repeat=10");
                System.out.println("[bench] KASI inbox through CaseQueries: " + get(kasi, "api/benchmark/inbox?repeat=50"));
                System.out.println("[bench] OPERATOR inbox through CaseQueries: " + get(operator, "api/benchmark/inbox?repeat=50"));

                if (only.equals("steps")) {
                    return;
                }
                siakBench.run(backlog);

                new IntakeBenchmark(siakBench.couples(1000), tls, db.jdbcUrl()).run(Integer.getInteger("bench.intake.connections", 8),
                        Integer.getInteger("bench.intake.seconds", 20));
                conversations(db.jdbcUrl(), siak);
            } finally {
                payara.stop();
            }
        }
    }

    /** Issue 7's: WhatsApp conversations open at once, under a steady rate of residents' messages. */
    private static void conversations(String jdbcUrl, id.lintas.sandbox.SandboxServer sandbox) throws Exception {
        new ConversationBenchmark(sandbox, jdbcUrl).run(Integer.getInteger("bench.conversations", 2_000),
                Double.parseDouble(System.getProperty("bench.conversations.rate", "50")),
                Integer.getInteger("bench.conversations.seconds", 60));
    }

    /**
     * Completed cases of every SOP, each with its executions, spread over the past two years, and
     * a backlog of 1 % still open at a step of the SOP; written with SQL, not through the
     * application, which is not what is measured here.
     */
    static void seedHistory(String url, int count) throws Exception {
        try (Connection c = DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("set synchronous_commit = off");
            s.execute("create temporary table sop_steps as select d.id as sop_id, d.code, (st.ordinality)::int as step_no,"
                    + " st.value->>'key' as step_key, ',' || (st.value->>'role') || ',' as roles,"
                    + " count(*) over (partition by d.id) as steps"
                    + " from sop_definition d, jsonb_array_elements(d.content::jsonb->'steps') with ordinality st");
            s.execute("insert into service_case (version, office_id, case_number, sop_definition_id, sop_code, sop_version,"
                    + " status, current_step, opened_at, opened_by, service_clock_started_at, service_deadline, closed_at, subject)"
                    + " select 0, o.id, 'HIST-' || g, d.id, d.code, d.version,"
                    + " case when g % 100 = 0 then 'OPEN' else 'COMPLETED' end,"
                    + " case when g % 100 = 0 then (select step_key from sop_steps x where x.sop_id = d.id"
                    + "   and x.step_no = 1 + (g / 100) % x.steps) end,"
                    + " now() - (g % 730) * interval '1 day', 'operator', now() - (g % 730) * interval '1 day',"
                    + " now() - (g % 730) * interval '1 day' + interval '1 day',"
                    + " case when g % 100 = 0 then null else now() - (g % 730) * interval '1 day' + interval '5 hours' end,"
                    + " 'Warga ' || g"
                    + " from generate_series(1, " + count + ") g"
                    + " cross join (select id from office where code = '3316') o"
                    + " join (select id, code, version, row_number() over (order by id) - 1 as k from sop_definition) d"
                    + "   on d.k = g % (select count(*) from sop_definition)");
            // six executions a case: the steps it went through (finished), and the open one of the backlog
            s.execute("insert into step_execution (case_id, office_id, step_key, step_no, seq, performer_roles, started_at, due_at,"
                    + " finished_at, actor, outcome, checklist)"
                    + " select sc.id, sc.office_id, x.step_key, x.step_no, x.step_no, x.roles,"
                    + " sc.opened_at + x.step_no * interval '10 minutes', sc.opened_at + x.step_no * interval '15 minutes',"
                    + " sc.opened_at + x.step_no * interval '12 minutes', 'operator', 'COMPLETED', 'berkas'"
                    + " from service_case sc join sop_steps x on x.sop_id = sc.sop_definition_id and x.step_no <= 6"
                    + " where sc.case_number like 'HIST-%' and sc.status = 'COMPLETED'");
            s.execute("insert into step_execution (case_id, office_id, step_key, step_no, seq, performer_roles, started_at, due_at)"
                    + " select sc.id, sc.office_id, x.step_key, x.step_no, 1, x.roles, now() - interval '1 hour',"
                    + " now() + ((sc.id % 480) - 240) * interval '1 minute'"
                    + " from service_case sc join sop_steps x on x.sop_id = sc.sop_definition_id and x.step_key = sc.current_step"
                    + " where sc.case_number like 'HIST-%' and sc.status = 'OPEN'");
            s.execute("analyze");
        }
    }

    static String describe(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select (select count(*) from service_case), (select count(*) from step_execution),"
                        + " (select count(*) from step_execution where finished_at is null),"
                        + " (select count(*) from step_execution where finished_at is null and performer_roles like '%,KASI,%'),"
                        + " pg_size_pretty(pg_database_size(current_database()))")) {
            rs.next();
            return String.format("database: %,d cases, %,d step executions (%,d open, %,d of them KASI's), %s",
                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5));
        }
    }

    static HttpClient login(String username) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(BASE + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no login form");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", "lintas-demo");
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", m.group(1));
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        int status = http.send(HttpRequest.newBuilder(URI.create(BASE + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        if (status != 302) {
            throw new IllegalStateException(username + " could not sign in: " + status);
        }
        return http;
    }

    static String post(HttpClient http, String path) throws Exception {
        return send(http, HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofMinutes(20))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    static String postJson(HttpClient http, String path, String json) throws Exception {
        return send(http, HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofMinutes(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static String get(HttpClient http, String path) throws Exception {
        return send(http, HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofMinutes(5)).GET().build());
    }

    private static String send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private Benchmark() {
    }
}

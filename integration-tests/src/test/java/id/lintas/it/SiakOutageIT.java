package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox against the SIAK sandbox over HTTP, with the births made by a hospital's steps
 * through CaseService (the benchmark API drives them): SIAK down while 1,000 are made, and the
 * Payara process killed between the step's commit and the delivery.
 */
@ExtendWith(ArquillianExtension.class)
class SiakOutageIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void siakBackToNormal() throws Exception {
        Sandbox.fault("{\"mode\":\"NORMAL\"}");
    }

    @Test
    void aThousandBirthsMadeWhileSiakIsDownAreEachNumberedExactlyOnceWhenItIsBack() throws Exception {
        awaitOutboxSettled();
        JsonObject before = Sandbox.draftCounters();
        Sandbox.fault("{\"mode\":\"DOWN\",\"seconds\":600}");

        List<String> cases = registerBirths(Sandbox.births(1000));
        assertThat(cases).hasSize(1000).doesNotHaveDuplicates();
        assertThat(count("status = 'WAITING'", cases)).isEqualTo(1000); // nothing reached SIAK, nothing lost

        // SIAK comes back, but for a while every fourth answer is lost after SIAK acted on the request
        Sandbox.fault("{\"mode\":\"ERROR\",\"status\":503,\"ratio\":0.25,\"phase\":\"AFTER\"}");
        awaitCount("status <> 'WAITING'", cases, 50, 60);
        Sandbox.fault("{\"mode\":\"NORMAL\"}");
        awaitCount("status = 'NUMBERED'", cases, 1000, 240);

        assertThat(count("status = 'DEAD'", cases)).isZero();
        assertThat(distinct("draft_id", cases)).isEqualTo(1000);
        assertThat(distinct("issued_numbers::jsonb->>'NIK'", cases)).isEqualTo(1000);
        assertThat(distinct("issued_numbers::jsonb->>'NO_AKTA_LHR'", cases)).isEqualTo(1000);
        JsonObject after = Sandbox.draftCounters();
        assertThat(delta(before, after, "created")).as("drafts SIAK made").isEqualTo(1000);
        assertThat(delta(before, after, "approvals")).as("drafts SIAK numbered").isEqualTo(1000);
        assertThat(delta(before, after, "duplicateIdempotentHits")).as("lost answers sent again").isPositive();
    }

    @Test
    void theOutboxDeliversAfterPayaraIsKilledBetweenTheStepAndTheDelivery() throws Exception {
        awaitOutboxSettled();
        JsonObject before = Sandbox.draftCounters();
        // SIAK makes the draft, but its answer never reaches the office
        Sandbox.fault("{\"mode\":\"ERROR\",\"status\":503,\"phase\":\"AFTER\"}");
        jakarta.json.JsonArray couples = Sandbox.births(2);
        List<String> cases = new ArrayList<>(registerBirths(Json.createArrayBuilder().add(couples.get(0)).build()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (delta(before, Sandbox.draftCounters(), "created") < 1) {
            assertThat(System.nanoTime()).as("SIAK never saw the first birth").isLessThan(deadline);
            Thread.sleep(200);
        }
        // then SIAK is down: the second birth's step commits, and its entry waits in the outbox
        Sandbox.fault("{\"mode\":\"DOWN\",\"seconds\":600}");
        cases.addAll(registerBirths(Json.createArrayBuilder().add(couples.get(1)).build()));
        assertThat(count("status = 'WAITING'", cases)).isEqualTo(2);

        ProcessHandle payara = payaraProcess();
        payara.destroyForcibly();
        payara.onExit().get(60, TimeUnit.SECONDS);
        Sandbox.fault("{\"mode\":\"NORMAL\"}");
        startPayara();

        awaitCount("status = 'NUMBERED'", cases, 2, 120);
        JsonObject after = Sandbox.draftCounters();
        assertThat(delta(before, after, "created")).as("one draft per birth, none twice").isEqualTo(2);
        assertThat(delta(before, after, "duplicateIdempotentHits")).as("the lost answer was asked for again").isPositive();
        assertThat(distinct("issued_numbers::jsonb->>'NIK'", cases)).isEqualTo(2);
    }

    private static List<String> registerBirths(jakarta.json.JsonArray couples) throws Exception {
        PortalClient hospital = new PortalClient();
        hospital.login("rs.blora", Deployments.DEMO_PASSWORD);
        HttpResponse<String> r = hospital.postJson("api/benchmark/siak/births?threads=4", couples.toString(),
                Duration.ofMinutes(5));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject result = Json.createReader(new StringReader(r.body())).readObject();
        return result.getJsonArray("caseNumbers").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    /** Earlier tests' submissions are numbered or dead before the counters are read. */
    private static void awaitOutboxSettled() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Connection c = Deployments.database();
                    ResultSet rs = c.createStatement().executeQuery(
                            "select count(*) from siak_submission where status in ('WAITING', 'ACCEPTED')")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return;
                }
            }
            assertThat(System.nanoTime()).as("earlier submissions never settled").isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static long count(String condition, List<String> cases) throws Exception {
        return single("select count(*) from siak_submission where " + condition + " and case_number = any (?)", cases);
    }

    private static long distinct(String expression, List<String> cases) throws Exception {
        return single("select count(distinct " + expression + ") from siak_submission where case_number = any (?)", cases);
    }

    private static long single(String sql, List<String> cases) throws Exception {
        try (Connection c = Deployments.database(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("varchar", cases.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void awaitCount(String condition, List<String> cases, long expected, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long n;
        while ((n = count(condition, cases)) < expected) {
            assertThat(System.nanoTime()).as("only " + n + " of " + expected + " reached " + condition).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static long delta(JsonObject before, JsonObject after, String counter) {
        return after.getJsonNumber(counter).longValue() - before.getJsonNumber(counter).longValue();
    }

    /** The Payara server process Arquillian started (the JVM running this domain's ASMain). */
    private static ProcessHandle payaraProcess() {
        String home = Path.of(System.getProperty("payara.home")).toAbsolutePath().normalize().toString();
        List<ProcessHandle> found = ProcessHandle.allProcesses().filter(p -> {
            Optional<String> line = p.info().commandLine();
            return line.isPresent() && line.get().contains("ASMain") && line.get().contains(home);
        }).toList();
        assertThat(found).as("the Payara process under " + home).hasSize(1);
        return found.get(0);
    }

    /** Starts the killed domain again, as an operator would; it redeploys the application it had. */
    private static void startPayara() throws Exception {
        Path asadmin = Path.of(System.getProperty("payara.home"), "bin", "asadmin");
        Process start = new ProcessBuilder(asadmin.toString(), "start-domain", "domain1").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(start.waitFor(180, TimeUnit.SECONDS)).as("asadmin start-domain finished").isTrue();
        assertThat(start.exitValue()).as("asadmin start-domain").isZero();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(Deployments.BASE + "health")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            assertThat(System.nanoTime()).as("Lintas healthy again after the restart").isLessThan(deadline);
            Thread.sleep(500);
        }
    }
}

package id.lintas.sandbox.siak;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.sandbox.SandboxClient;
import id.lintas.sandbox.SandboxServer;
import id.lintas.sandbox.TestClock;
import id.lintas.sandbox.approval.ApprovalPolicy;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SIAK deciding drafts by itself when the office polls them (AUTO, after a delay) or waiting for
 * {@code /setujui} (MANUAL), on a sandbox of its own whose clock the test moves.
 */
class ApprovalTest {
    private static final String POLICY = "/sandbox/admin/approval/siak";
    private static TestClock clock;
    private static SandboxServer server;
    private static SandboxClient client;
    private static List<JsonObject> couples;
    private static JsonObject youngCouple;

    @BeforeAll
    static void start() {
        clock = new TestClock(Instant.now());
        server = SandboxServer.start(new SandboxServer.Options("127.0.0.1", 0, 11, 10_000, SandboxServer.DEFAULT_KEY), clock);
        client = new SandboxClient(server);
        JsonObject samples = Samples.fetch(client, 20);
        couples = samples.getJsonArray("couples").getValuesAs(JsonObject.class);
        youngCouple = samples.getJsonObject("youngCouple");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void backToTheDefault() {
        server.siak().approval().set(ApprovalPolicy.defaults());
        client.put("/sandbox/admin/faults/siak", "{\"mode\":\"NORMAL\"}");
    }

    @Test
    void autoWithoutDelayIssuesADraftTheFirstTimeItIsPolledButNeverOnSubmission() {
        assertThat(client.get(POLICY).json()).isEqualTo(SandboxClient.parse("{\"module\":\"siak\",\"mode\":\"AUTO\",\"delayMs\":0}"));
        String key = UUID.randomUUID().toString();
        JsonObject body = Samples.birthOnKk(couples.get(0), "SEKAR AYU", "2", 1);
        JsonObject before = drafts();

        SandboxClient.Response submitted = client.postDraft(key, body);
        SandboxClient.Response replayed = client.postDraft(key, body);

        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.json().getString("STATUS")).isEqualTo("DIAJUKAN");
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.json().getString("STATUS")).isEqualTo("DIAJUKAN");
        String id = submitted.json().getString("ID_DRAFT");

        JsonObject polled = poll(id);

        assertThat(polled.getString("STATUS")).isEqualTo("TERBIT");
        assertThat(polled.getString("NIK")).matches("[0-9]{16}");
        assertThat(polled.getString("NO_AKTA_LHR")).startsWith("3316-LU-");
        assertThat(polled.getString("NO_KK")).isEqualTo(couples.get(0).getString("NO_KK"));
        assertThat(client.get("/siak/v1/penduduk/" + polled.getString("NIK")).status()).isEqualTo(200);
        assertThat(poll(id).getString("NIK")).isEqualTo(polled.getString("NIK"));
        assertThat(client.postDraft(key, body).json().getString("STATUS")).isEqualTo("TERBIT");
        JsonObject after = drafts();
        assertThat(counter(after, "approvals") - counter(before, "approvals")).isEqualTo(1);
        assertThat(counter(after, "autoApprovals") - counter(before, "autoApprovals")).isEqualTo(1);
        assertThat(counter(after, "repeatedApprovals")).isEqualTo(counter(before, "repeatedApprovals"));
    }

    @Test
    void autoWithADelayLeavesADraftSubmittedUntilItIsThatOld() {
        assertThat(setPolicy("{\"mode\":\"AUTO\",\"delayMs\":2000}").status()).isEqualTo(200);
        String id = submit(Samples.birthOnKk(couples.get(1), "BAGUS PRAKOSO", "1", 1));

        assertThat(poll(id).getString("STATUS")).isEqualTo("DIAJUKAN");
        clock.advance(Duration.ofMillis(1999));
        assertThat(poll(id).getString("STATUS")).isEqualTo("DIAJUKAN");
        clock.advance(Duration.ofMillis(1));
        JsonObject issued = poll(id);

        assertThat(issued.getString("STATUS")).isEqualTo("TERBIT");
        assertThat(issued.getString("NIK")).matches("[0-9]{16}");
    }

    @Test
    void manualLeavesADraftSubmittedUntilItIsApprovedByHand() {
        assertThat(setPolicy("{\"mode\":\"MANUAL\"}").json().getString("mode")).isEqualTo("MANUAL");
        String id = submit(Samples.birthOnKk(couples.get(2), "LARAS WULANDARI", "2", 1));

        assertThat(poll(id).getString("STATUS")).isEqualTo("DIAJUKAN");
        clock.advance(Duration.ofHours(2));
        assertThat(poll(id).getString("STATUS")).isEqualTo("DIAJUKAN");
        SandboxClient.Response approved = client.post("/siak/v1/draft/" + id + "/setujui", "");

        assertThat(approved.status()).isEqualTo(200);
        assertThat(poll(id).getString("NIK")).isEqualTo(approved.json().getString("NIK"));
    }

    @Test
    void autoRejectsADraftThatSiaksRulesRefuseWhenItIsPolledWithTheProblemsAsReason() {
        String parentsKk = youngCouple.getString("NO_KK_ORANG_TUA");
        String onParentsKk = submit(youngCouplesBaby("RAKA ADITYA").add("NO_KK", parentsKk).build());
        String onNewKk = submit(youngCouplesBaby("RAFA ADITYA").build());
        JsonObject before = drafts();

        assertThat(poll(onNewKk).getBoolean("KK_BARU")).isTrue(); // the parents have left the KK of the other draft
        JsonObject rejected = poll(onParentsKk);

        assertThat(rejected.getString("STATUS")).isEqualTo("DITOLAK");
        assertThat(rejected.getString("ALASAN")).startsWith("Draft tidak dapat disetujui: ")
                .contains("bukan anggota KK " + parentsKk);
        assertThat(rejected.containsKey("NIK")).isFalse();
        assertThat(poll(onParentsKk).getString("ALASAN")).isEqualTo(rejected.getString("ALASAN"));
        assertThat(client.post("/siak/v1/draft/" + onParentsKk + "/setujui", "").json().getString("KODE"))
                .isEqualTo("DRAFT_SUDAH_DITOLAK");
        JsonObject after = drafts();
        assertThat(counter(after, "autoRejections") - counter(before, "autoRejections")).isEqualTo(1);
        assertThat(counter(after, "rejections") - counter(before, "rejections")).isEqualTo(1);
        assertThat(counter(after, "autoApprovals") - counter(before, "autoApprovals")).isEqualTo(1);
    }

    @Test
    void manyConcurrentPollsOfOneDraftNumberItOnce() {
        String id = submit(Samples.birthOnKk(couples.get(3), "DAFFA ALFARIZI", "1", 2));
        JsonObject before = drafts();

        List<CompletableFuture<SandboxClient.Response>> polls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            polls.add(client.getAsync("/siak/v1/draft/" + id));
        }
        List<String> numbers = new ArrayList<>();
        for (CompletableFuture<SandboxClient.Response> answer : polls) {
            SandboxClient.Response response = answer.join();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().getString("STATUS")).isEqualTo("TERBIT");
            numbers.add(response.json().getString("NIK") + " " + response.json().getString("NO_AKTA_LHR"));
        }

        assertThat(numbers).containsOnly(numbers.get(0));
        JsonObject after = drafts();
        assertThat(counter(after, "approvals") - counter(before, "approvals")).isEqualTo(1);
        assertThat(counter(after, "autoApprovals") - counter(before, "autoApprovals")).isEqualTo(1);
        assertThat(counter(after, "issued") - counter(before, "issued")).isEqualTo(1);
    }

    @Test
    void thePolicyIsSetAndShownThroughTheAdminApiWhichIgnoresFaults() {
        client.put("/sandbox/admin/faults/siak", "{\"mode\":\"DOWN\",\"seconds\":60}");

        SandboxClient.Response set = setPolicy("{\"mode\":\"auto\",\"delayMs\":2000}");

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json()).isEqualTo(SandboxClient.parse("{\"module\":\"siak\",\"mode\":\"AUTO\",\"delayMs\":2000}"));
        assertThat(client.get(POLICY).json()).isEqualTo(set.json());
        assertThat(client.get("/sandbox/admin/stats/siak").json().getJsonObject("approval"))
                .isEqualTo(SandboxClient.parse("{\"mode\":\"AUTO\",\"delayMs\":2000}"));
        assertThat(server.siak().approval().current()).isEqualTo(ApprovalPolicy.auto(2000));
        assertThat(setPolicy("{\"mode\":\"MANUAL\"}").json())
                .isEqualTo(SandboxClient.parse("{\"module\":\"siak\",\"mode\":\"MANUAL\"}"));
        assertThat(client.get("/sandbox/admin/stats/siak").json().getJsonObject("approval").getString("mode")).isEqualTo("MANUAL");
    }

    @Test
    void invalidPoliciesAndUnknownModulesAreRefusedAndLeaveThePolicyAsItWas() {
        setPolicy("{\"mode\":\"AUTO\",\"delayMs\":500}");

        assertInvalid("{\"mode\":\"SOMETIMES\"}", "AUTO atau MANUAL");
        assertInvalid("{}", "wajib");
        assertInvalid("{\"mode\":\"AUTO\",\"delayMs\":-1}", "0 sampai 3600000");
        assertInvalid("{\"mode\":\"AUTO\",\"delayMs\":3600001}", "0 sampai 3600000");
        assertInvalid("{\"mode\":\"AUTO\",\"delayMs\":1.5}", "bilangan bulat");
        assertInvalid("{\"mode\":\"AUTO\",\"delayMs\":\"2000\"}", "bilangan bulat");
        assertInvalid("{\"mode\":\"MANUAL\",\"delayMs\":2000}", "delayMs");
        assertInvalid("{\"mode\":\"AUTO\",\"ratio\":1}", "ratio");
        assertThat(setPolicy("not json").json().getString("KODE")).isEqualTo("JSON_TIDAK_VALID");
        SandboxClient.Response unknown = client.put("/sandbox/admin/approval/kurir", "{\"mode\":\"MANUAL\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().getString("KODE")).isEqualTo("MODUL_TIDAK_DITEMUKAN");
        assertThat(client.get("/sandbox/admin/approval/kurir").status()).isEqualTo(404);

        assertThat(client.get(POLICY).json().getInt("delayMs")).isEqualTo(500);
    }

    /** A birth to the young couple, who live in the husband's or wife's parents' KK; without NO_KK a new KK. */
    private static JsonObjectBuilder youngCouplesBaby(String name) {
        return SandboxClient.object().add("JENIS", "KELAHIRAN").add("NAMA_LGKP", name).add("JENIS_KLMIN", "1")
                .add("TMPT_LHR", "BLORA").add("TGL_LHR", Samples.today().format(Samples.SIAK_DATE))
                .add("NIK_IBU", youngCouple.getJsonObject("mother").getString("NIK"))
                .add("NIK_AYAH", youngCouple.getJsonObject("father").getString("NIK"));
    }

    private static void assertInvalid(String body, String messagePart) {
        SandboxClient.Response response = setPolicy(body);
        assertThat(response.status()).as(body).isEqualTo(400);
        assertThat(response.json().getString("RESPON")).isEqualTo("GAGAL");
        assertThat(response.json().getString("KODE")).isEqualTo("PERSETUJUAN_TIDAK_VALID");
        assertThat(response.json().getString("PESAN")).as(body).contains(messagePart);
    }

    private static SandboxClient.Response setPolicy(String json) {
        return client.put(POLICY, json);
    }

    private static String submit(JsonObject body) {
        SandboxClient.Response response = client.postDraft(UUID.randomUUID().toString(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().getString("STATUS")).isEqualTo("DIAJUKAN");
        return response.json().getString("ID_DRAFT");
    }

    private static JsonObject poll(String id) {
        SandboxClient.Response response = client.get("/siak/v1/draft/" + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonObject drafts() {
        return client.get("/sandbox/admin/stats/siak").json().getJsonObject("drafts");
    }

    private static long counter(JsonObject drafts, String name) {
        return drafts.getJsonNumber(name).longValue();
    }
}

package id.lintas.sandbox.siak;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.sandbox.SandboxClient;
import id.lintas.sandbox.SharedSandbox;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdempotencyTest {
    private static SandboxClient client;
    private static List<JsonObject> couples;

    @BeforeAll
    static void start() {
        client = new SandboxClient(SharedSandbox.get());
        couples = Samples.couples(client, 40);
    }

    @Test
    void theSameKeyTwiceReturnsTheSameDraft() {
        String key = UUID.randomUUID().toString();
        JsonObject body = Samples.birthOnKk(couples.get(20), "RAFI MAULANA", "1", 3);
        long createdBefore = drafts("created");
        long replaysBefore = drafts("duplicateIdempotentHits");

        SandboxClient.Response first = client.postDraft(key, body);
        SandboxClient.Response second = client.postDraft(key, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().getString("ID_DRAFT")).isEqualTo(first.json().getString("ID_DRAFT"));
        assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(drafts("created") - createdBefore).isEqualTo(1);
        assertThat(drafts("duplicateIdempotentHits") - replaysBefore).isEqualTo(1);
    }

    @Test
    void theSameBodyWrittenDifferentlyIsTheSameBody() {
        String key = UUID.randomUUID().toString();
        JsonObject body = Samples.birthOnKk(couples.get(21), "ZAHRA AULIA", "2", 3);
        StringBuilder reordered = new StringBuilder("{ ");
        List<String> keys = new ArrayList<>(body.keySet());
        Collections.reverse(keys);
        for (String k : keys) {
            reordered.append('"').append(k).append("\" :  ").append(body.get(k)).append(",\n");
        }
        reordered.setLength(reordered.length() - 2);
        reordered.append(" }");

        String id = client.postDraft(key, body).json().getString("ID_DRAFT");
        SandboxClient.Response again = client.send(client.request("/siak/v1/draft").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(reordered.toString())).build());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getString("ID_DRAFT")).isEqualTo(id);
    }

    @Test
    void twentyConcurrentRequestsWithOneKeyMakeOneDraft() throws Exception {
        String key = UUID.randomUUID().toString();
        JsonObject body = Samples.birthOnKk(couples.get(22), "NAUFAL HAFIZ", "1", 4);
        long createdBefore = drafts("created");
        long replaysBefore = drafts("duplicateIdempotentHits");
        ExecutorService threads = Executors.newFixedThreadPool(20);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<SandboxClient.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(threads.submit(() -> {
                gate.await();
                return new SandboxClient(SharedSandbox.get()).postDraft(key, body);
            }));
        }
        gate.countDown();
        List<SandboxClient.Response> responses = new ArrayList<>();
        for (Future<SandboxClient.Response> answer : answers) {
            responses.add(answer.get());
        }
        threads.shutdown();

        assertThat(responses).extracting(SandboxClient.Response::status).containsOnly(200, 201);
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).extracting(r -> r.json().getString("ID_DRAFT")).containsOnly(responses.get(0).json().getString("ID_DRAFT"));
        assertThat(drafts("created") - createdBefore).isEqualTo(1);
        assertThat(drafts("duplicateIdempotentHits") - replaysBefore).isEqualTo(19);
    }

    @Test
    void theSameKeyWithAnotherBodyIs409AndLeavesTheDraftAsItWas() {
        String key = UUID.randomUUID().toString();
        JsonObject body = Samples.birthOnKk(couples.get(23), "KIRANA SEKAR", "2", 3);
        String id = client.postDraft(key, body).json().getString("ID_DRAFT");

        SandboxClient.Response conflict = client.postDraft(key, Samples.birthOnKk(couples.get(23), "KIRANA SEKAR", "2", 4));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().getString("RESPON")).isEqualTo("GAGAL");
        assertThat(conflict.json().getString("KODE")).isEqualTo("IDEMPOTENCY_KEY_BENTROK");
        assertThat(conflict.json().getString("PESAN")).contains(id);
        assertThat(client.get("/siak/v1/draft/" + id).json().getJsonObject("DATA")).isEqualTo(body);
    }

    @Test
    void aRefusedBodyDoesNotUseUpItsKey() {
        String key = UUID.randomUUID().toString();
        JsonObject valid = Samples.birthOnKk(couples.get(24), "TIARA MAHARANI", "2", 3);
        JsonObject invalid = SandboxClient.object().add("JENIS", "KELAHIRAN").build();

        assertThat(client.postDraft(key, invalid).status()).isEqualTo(422);
        assertThat(client.postDraft(key, valid).status()).isEqualTo(201);
    }

    @Test
    void approvingConcurrentlyIssuesOneSetOfNumbers() throws Exception {
        String id = client.postDraft(UUID.randomUUID().toString(), Samples.birthOnKk(couples.get(25), "ARKAN RAIHAN", "1", 6))
                .json().getString("ID_DRAFT");
        long approvalsBefore = drafts("approvals");
        List<CompletableFuture<SandboxClient.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(client.postAsync("/siak/v1/draft/" + id + "/setujui", ""));
        }
        List<String> niks = new ArrayList<>();
        for (var answer : answers) {
            SandboxClient.Response response = answer.get();
            assertThat(response.status()).isEqualTo(200);
            niks.add(response.json().getString("NIK") + " " + response.json().getString("NO_AKTA_LHR"));
        }

        assertThat(niks).containsOnly(niks.get(0));
        assertThat(drafts("approvals") - approvalsBefore).isEqualTo(1);
    }

    private static long drafts(String counter) {
        return client.get("/sandbox/admin/stats/siak").json().getJsonObject("drafts").getJsonNumber(counter).longValue();
    }
}

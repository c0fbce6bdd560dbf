package id.lintas.sandbox.siak;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.sandbox.SandboxClient;
import id.lintas.sandbox.SharedSandbox;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The gateway hitting SIAK hard: a thousand birth drafts at once, then a thousand approvals at once. */
class ConcurrentDraftsTest {
    private static final int DRAFTS = 1_000;

    @Test
    void aThousandConcurrentDraftsAreAllMadeApprovedAndNumberedDistinctly() {
        SandboxClient client = new SandboxClient(SharedSandbox.get());
        List<JsonObject> couples = Samples.couples(client, 200);
        assertThat(couples).hasSizeGreaterThanOrEqualTo(100);
        long createdBefore = drafts(client, "created");

        long started = System.nanoTime();
        List<CompletableFuture<SandboxClient.Response>> submissions = new ArrayList<>();
        Map<Integer, JsonObject> mothers = new HashMap<>();
        for (int i = 0; i < DRAFTS; i++) {
            JsonObject couple = couples.get(i % couples.size());
            mothers.put(i, couple.getJsonObject("mother"));
            submissions.add(client.postDraftAsync(UUID.randomUUID().toString(),
                    Samples.birthOnKk(couple, "BAYI " + letters(i), i % 2 == 0 ? "1" : "2", i % 97)));
        }
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<SandboxClient.Response> submission : submissions) {
            SandboxClient.Response response = submission.join();
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            ids.add(response.json().getString("ID_DRAFT"));
        }
        long submitMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(new HashSet<>(ids)).hasSize(DRAFTS);
        assertThat(drafts(client, "created") - createdBefore).isEqualTo(DRAFTS);

        started = System.nanoTime();
        List<CompletableFuture<SandboxClient.Response>> approvals = new ArrayList<>();
        for (String id : ids) {
            approvals.add(client.postAsync("/siak/v1/draft/" + id + "/setujui", ""));
        }
        Set<String> niks = new HashSet<>();
        Set<String> certificates = new HashSet<>();
        for (int i = 0; i < DRAFTS; i++) {
            SandboxClient.Response response = approvals.get(i).join();
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            String nik = response.json().getString("NIK");
            assertThat(nik).matches("[0-9]{16}").startsWith(mothers.get(i).getString("NIK").substring(0, 6));
            niks.add(nik);
            certificates.add(response.json().getString("NO_AKTA_LHR"));
        }
        long approveMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(niks).hasSize(DRAFTS);
        assertThat(certificates).hasSize(DRAFTS);
        List<CompletableFuture<SandboxClient.Response>> lookups = niks.stream()
                .map(nik -> client.getAsync("/siak/v1/penduduk/" + nik)).toList();
        assertThat(lookups).allSatisfy(lookup -> assertThat(lookup.join().status()).isEqualTo(200));
        System.out.printf("[ConcurrentDraftsTest] %d drafts submitted concurrently in %d ms, approved concurrently in %d ms%n",
                DRAFTS, submitMillis, approveMillis);
    }

    private static String letters(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            text.append((char) ('A' + n % 26));
            n /= 26;
        }
        return text.toString();
    }

    private static long drafts(SandboxClient client, String counter) {
        return client.get("/sandbox/admin/stats/siak").json().getJsonObject("drafts").getJsonNumber(counter).longValue();
    }
}

package id.lintas.sandbox.courier;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.sandbox.SandboxClient;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fault injector on {@code /courier/v1}: set through the admin API, never on the admin API or SIAK. */
class CourierFaultTest extends CourierServerTest {
    private static final String FAULTS = "/sandbox/admin/faults/courier";
    private static SandboxClient admin;

    @BeforeAll
    static void adminClient() {
        admin = client.admin();
    }

    @AfterEach
    void backToNormal() {
        assertThat(admin.put(FAULTS, "{\"mode\":\"NORMAL\"}").status()).isEqualTo(200);
    }

    @Test
    void anErrorFaultAnswersTheCourierErrorBodyButNotOnTheAdminApiOrSiak() {
        String id = client.created(Orders.pickupLeg("R-51").build()).getString("id");
        SandboxClient.Response set = admin.put(FAULTS, "{\"mode\":\"ERROR\",\"status\":502,\"ratio\":1.0}");

        SandboxClient.Response failed = client.order(id);

        assertThat(set.json().getString("module")).isEqualTo("courier");
        assertThat(failed.status()).isEqualTo(502);
        JsonObject error = failed.json().getJsonObject("error");
        assertThat(failed.json().getBoolean("success")).isFalse();
        assertThat(error.getString("code")).isEqualTo("service_error");
        assertThat(error.getString("message")).contains("simulated").contains("502");
        assertThat(client.advanceTo(id, "allocated").status()).isEqualTo(200);
        assertThat(admin.get("/sandbox/admin/courier/progress").status()).isEqualTo(200);
        assertThat(admin.get("/sandbox/admin/stats/courier").status()).isEqualTo(200);
        assertThat(admin.get("/sandbox/samples/courier").status()).isEqualTo(200);
        assertThat(admin.get("/siak/v1/penduduk/3316000000000000").status()).isNotEqualTo(502);
        assertThat(admin.get(FAULTS).json().getJsonNumber("errorRequests").longValue()).isEqualTo(1);
    }

    @Test
    void anErrorAfterProcessingMakesTheOrderSoARetryWithTheSameKeyFindsIt() {
        admin.put(FAULTS, "{\"mode\":\"ERROR\",\"status\":500,\"ratio\":1.0,\"phase\":\"AFTER\"}");
        String key = UUID.randomUUID().toString();
        JsonObject body = Orders.pickupLeg("KLH-2026-00052-PICKUP").build();

        assertThat(client.create(key, body).status()).isEqualTo(500);
        admin.put(FAULTS, "{\"mode\":\"NORMAL\"}");
        SandboxClient.Response retry = client.create(key, body);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.json().getJsonObject("order").getString("reference_id")).isEqualTo("KLH-2026-00052-PICKUP");
    }

    @Test
    void downAnswers503AtOnceBeforeTheKeyCheckWhileSiakAnswers() {
        admin.put(FAULTS, "{\"mode\":\"DOWN\",\"seconds\":30}");

        SandboxClient.Response down = new CourierClient(server, null).get("/courier/v1/orders/ORD-00000001");

        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().getJsonObject("error").getString("code")).isEqualTo("service_unavailable");
        assertThat(down.millis()).isLessThan(500);
        assertThat(admin.get("/siak/v1/penduduk/3316000000000000").status()).isNotEqualTo(503);
        assertThat(admin.get(FAULTS).json().getJsonObject("current").getString("mode")).isEqualTo("DOWN");
    }

    @Test
    void slowDelaysTheCourierApiOnly() {
        admin.put(FAULTS, "{\"mode\":\"SLOW\",\"delayMs\":300}");

        SandboxClient.Response slow = client.get("/courier/v1/trackings/TRK000000000000");
        SandboxClient.Response fast = admin.get("/sandbox/admin/courier/progress");

        assertThat(slow.status()).isEqualTo(404);
        assertThat(slow.millis()).isGreaterThanOrEqualTo(300);
        assertThat(fast.millis()).isLessThan(300);
    }
}

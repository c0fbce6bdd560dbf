package id.lintas.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.Headers;
import id.lintas.sandbox.fault.FaultInjector;
import id.lintas.sandbox.http.ApiFailure;
import id.lintas.sandbox.http.Json;
import id.lintas.sandbox.http.Reply;
import id.lintas.sandbox.http.Request;
import id.lintas.sandbox.http.Router;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin API's answers for a module that has no approval policy (a courier, say). */
class AdminApiTest {

    @Test
    void aModuleWithoutApprovalHasNoApprovalPolicyToShowOrSet() {
        Router admin = new AdminApi(Map.of("kurir", new CourierModule())).adminRouter();

        ApiFailure get = catchThrowableOfType(() -> admin.dispatch(request("GET", "")), ApiFailure.class);
        ApiFailure put = catchThrowableOfType(() -> admin.dispatch(request("PUT", "{\"mode\":\"MANUAL\"}")), ApiFailure.class);

        for (ApiFailure failure : new ApiFailure[] {get, put}) {
            assertThat(failure.status()).isEqualTo(404);
            assertThat(failure.code()).isEqualTo("TIDAK_ADA_PERSETUJUAN");
            assertThat(failure.getMessage()).contains("kurir");
        }
    }

    private static Request request(String method, String body) {
        return new Request(method, AdminApi.ADMIN + "/approval/kurir", Map.of(), new Headers(),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static final class CourierModule implements SandboxModule {
        @Override
        public String name() {
            return "kurir";
        }

        @Override
        public String contextPath() {
            return "/kurir/v1";
        }

        @Override
        public Router router() {
            return new Router();
        }

        @Override
        public FaultInjector faults() {
            return new FaultInjector("Kurir", Clock.systemUTC());
        }

        @Override
        public JsonObject stats() {
            return Json.object().build();
        }

        @Override
        public JsonObject samples(int count) {
            return Json.object().build();
        }

        @Override
        public Reply.Streamed export() {
            return null;
        }
    }
}

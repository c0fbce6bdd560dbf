package id.lintas.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.sandbox.approval.ApprovalPolicy;
import org.junit.jupiter.api.Test;

/** The command line's approval options and the starting policy of an embedded sandbox. */
class SandboxOptionsTest {

    @Test
    void theApprovalPolicyIsAutoWithoutDelayUnlessTheCommandLineSaysOtherwise() {
        assertThat(SandboxServer.Options.parse(new String[] {"--port", "0"}).approval()).isEqualTo(ApprovalPolicy.auto(0));
        assertThat(SandboxServer.Options.parse(new String[] {"--approval", "manual"}).approval()).isEqualTo(ApprovalPolicy.manual());
        assertThat(SandboxServer.Options.parse(new String[] {"--approval-delay-ms", "2000"}).approval())
                .isEqualTo(ApprovalPolicy.auto(2000));
        assertThat(SandboxServer.Options.parse(new String[] {"--approval-delay-ms", "2000", "--approval", "AUTO", "--seed", "7"}))
                .isEqualTo(new SandboxServer.Options("0.0.0.0", 8090, 7, SandboxServer.DEFAULT_RESIDENTS,
                        SandboxServer.DEFAULT_KEY, ApprovalPolicy.auto(2000)));
        assertThat(SandboxServer.Options.defaults().withApproval(ApprovalPolicy.manual()).approval()).isEqualTo(ApprovalPolicy.manual());
    }

    @Test
    void invalidApprovalOptionsAreRefused() {
        assertThatThrownBy(() -> SandboxServer.Options.parse(new String[] {"--approval", "SOMETIMES"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AUTO or MANUAL");
        assertThatThrownBy(() -> SandboxServer.Options.parse(new String[] {"--approval", "MANUAL", "--approval-delay-ms", "5"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MANUAL");
        assertThatThrownBy(() -> SandboxServer.Options.parse(new String[] {"--approval-delay-ms", "-1"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 sampai 3600000");
        assertThatThrownBy(() -> SandboxServer.Options.parse(new String[] {"--approval-delay-ms", "3600001"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmbeddedSandboxStartsWithTheGivenPolicyAndCanBeSwitchedInProcess() {
        try (SandboxServer server = SandboxServer.start(0, 5, 5_000, ApprovalPolicy.auto(1500))) {
            SandboxClient client = new SandboxClient(server);
            assertThat(client.get("/sandbox/admin/approval/siak").json())
                    .isEqualTo(SandboxClient.parse("{\"module\":\"siak\",\"mode\":\"AUTO\",\"delayMs\":1500}"));

            server.siak().approval().set(ApprovalPolicy.manual());

            assertThat(client.get("/sandbox/admin/approval/siak").json().getString("mode")).isEqualTo("MANUAL");
        }
    }
}

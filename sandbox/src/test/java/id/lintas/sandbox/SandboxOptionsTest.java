package id.lintas.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.sandbox.approval.ApprovalPolicy;
import id.lintas.sandbox.courier.CourierSettings;
import id.lintas.sandbox.courier.progress.ProgressPolicy;
import id.lintas.sandbox.whatsapp.WhatsAppSettings;
import org.junit.jupiter.api.Test;

/** The command line's approval and courier options and the starting policies of an embedded sandbox. */
class SandboxOptionsTest {

    @Test
    void theApprovalPolicyIsAutoWithoutDelayUnlessTheCommandLineSaysOtherwise() {
        assertThat(SandboxServer.Options.parse(new String[] {"--port", "0"}).approval()).isEqualTo(ApprovalPolicy.auto(0));
        assertThat(SandboxServer.Options.parse(new String[] {"--approval", "manual"}).approval()).isEqualTo(ApprovalPolicy.manual());
        assertThat(SandboxServer.Options.parse(new String[] {"--approval-delay-ms", "2000"}).approval())
                .isEqualTo(ApprovalPolicy.auto(2000));
        assertThat(SandboxServer.Options.parse(new String[] {"--approval-delay-ms", "2000", "--approval", "AUTO", "--seed", "7"}))
                .isEqualTo(new SandboxServer.Options("0.0.0.0", 8090, 7, SandboxServer.DEFAULT_RESIDENTS,
                        SandboxServer.DEFAULT_KEY, ApprovalPolicy.auto(2000), CourierSettings.commandLine()));
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
    void theCourierDriversMoveEveryThreeSecondsFromTheCommandLineAndOnlyWhenAdvancedEmbedded() {
        assertThat(SandboxServer.Options.parse(new String[0]).courier()).isEqualTo(CourierSettings.commandLine());
        assertThat(CourierSettings.commandLine().progress()).isEqualTo(ProgressPolicy.auto(3_000));
        assertThat(new SandboxServer.Options("127.0.0.1", 0, 7, 100, "k").courier()).isEqualTo(CourierSettings.defaults());
        assertThat(CourierSettings.defaults().progress()).isEqualTo(ProgressPolicy.manual());
        assertThat(CourierSettings.defaults().key()).isEqualTo("courier-key");
        assertThat(CourierSettings.defaults().webhookSecret()).isEqualTo("courier-webhook-secret");

        CourierSettings parsed = SandboxServer.Options.parse(new String[] {"--courier-key", "ck", "--courier-webhook-secret", "ws",
                "--courier-step-ms", "500"}).courier();

        assertThat(parsed.key()).isEqualTo("ck");
        assertThat(parsed.webhookSecret()).isEqualTo("ws");
        assertThat(parsed.progress()).isEqualTo(ProgressPolicy.auto(500));
        assertThat(SandboxServer.Options.parse(new String[] {"--courier-progress", "manual"}).courier().progress())
                .isEqualTo(ProgressPolicy.manual());
        assertThat(SandboxServer.Options.parse(new String[] {"--courier-progress", "AUTO", "--courier-step-ms", "10"}).courier().progress())
                .isEqualTo(ProgressPolicy.auto(10));
    }

    @Test
    void invalidCourierOptionsAreRefused() {
        assertThatThrownBy(() -> SandboxServer.Options.parse(new String[] {"--courier-progress", "FAST"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AUTO or MANUAL");
        assertThatThrownBy(() -> SandboxServer.Options.parse(new String[] {"--courier-progress", "MANUAL", "--courier-step-ms", "500"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MANUAL");
        assertThatThrownBy(() -> SandboxServer.Options.parse(new String[] {"--courier-step-ms", "5"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 sampai 3600000");
        assertThatThrownBy(() -> SandboxServer.Options.parse(new String[] {"--courier-key", " "}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWhatsAppNumberAndCredentialsComeFromTheCommandLineOrTheirDefaults() {
        WhatsAppSettings defaults = SandboxServer.Options.parse(new String[0]).whatsapp();
        assertThat(defaults).isEqualTo(WhatsAppSettings.defaults());
        assertThat(defaults.basePath()).isEqualTo("/v21.0");
        assertThat(defaults.webhookUrl()).isNull();

        WhatsAppSettings parsed = SandboxServer.Options.parse(new String[] {"--whatsapp-token", "t", "--whatsapp-app-secret", "s",
                "--whatsapp-verify-token", "v", "--whatsapp-webhook-url", "http://127.0.0.1:8080/lintas/whatsapp/webhook",
                "--whatsapp-version", "v22.0", "--whatsapp-phone-number-id", "123456789012345", "--whatsapp-display-number", "6281111111111",
                "--whatsapp-business-account-id", "543210987654321"}).whatsapp();

        assertThat(parsed.accessToken()).isEqualTo("t");
        assertThat(parsed.appSecret()).isEqualTo("s");
        assertThat(parsed.verifyToken()).isEqualTo("v");
        assertThat(parsed.webhookUrl()).hasToString("http://127.0.0.1:8080/lintas/whatsapp/webhook");
        assertThat(parsed.basePath()).isEqualTo("/v22.0");
        assertThat(parsed.phoneNumberId()).isEqualTo("123456789012345");
        assertThat(parsed.displayPhoneNumber()).isEqualTo("6281111111111");
        assertThat(parsed.businessAccountId()).isEqualTo("543210987654321");
        assertThatThrownBy(() -> SandboxServer.Options.parse(new String[] {"--whatsapp-version", "21"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--whatsapp-version");
        assertThatThrownBy(() -> SandboxServer.Options.parse(new String[] {"--whatsapp-webhook-url", "ftp://x"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--whatsapp-webhook-url");
    }

    @Test
    void anEmbeddedSandboxCanStartItsCourierDriversOnAuto() {
        SandboxServer.Options options = new SandboxServer.Options("127.0.0.1", 0, 5, 100, SandboxServer.DEFAULT_KEY)
                .withCourier(CourierSettings.defaults().withProgress(ProgressPolicy.auto(1_000)));
        try (SandboxServer server = SandboxServer.start(options)) {
            assertThat(new SandboxClient(server).get("/sandbox/admin/courier/progress").json())
                    .isEqualTo(SandboxClient.parse("{\"module\":\"courier\",\"mode\":\"AUTO\",\"stepMs\":1000}"));
            assertThat(server.courier().settings().key()).isEqualTo("courier-key");
        }
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

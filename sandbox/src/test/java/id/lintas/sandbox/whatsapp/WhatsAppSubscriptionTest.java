package id.lintas.sandbox.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.sandbox.SandboxClient;
import id.lintas.sandbox.SandboxServer;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A subscription made at start (handshake before the receiver was ready) and deliveries that wait for a verified one. */
class WhatsAppSubscriptionTest {

    @Test
    void aWebhookUrlGivenAtStartIsVerifiedOnceTheReceiverAnswers() throws Exception {
        try (LintasReceiver receiver = new LintasReceiver("wrong-at-first", WhatsAppSettings.DEFAULT_APP_SECRET)) {
            WhatsAppSettings settings = WhatsAppSettings.defaults().withWebhookUrl(URI.create(receiver.url()));
            try (SandboxServer server = SandboxServer.start(new SandboxServer.Options("127.0.0.1", 0, 7, 100, SandboxServer.DEFAULT_KEY)
                    .withWhatsApp(settings))) {
                await(() -> receiver.handshakes().size() >= 1);
                assertThat(server.whatsapp().subscribed()).isFalse();

                try (LintasReceiver ready = new LintasReceiver(WhatsAppSettings.DEFAULT_VERIFY_TOKEN, WhatsAppSettings.DEFAULT_APP_SECRET)) {
                    SandboxClient admin = new SandboxClient(server);
                    String wamid = admin.post("/sandbox/admin/whatsapp/phones/6281233160201/messages", "{\"text\":\"Menunggu\"}").string("id");
                    assertThat(admin.put("/sandbox/admin/whatsapp/webhook", "{\"callbackUrl\":\"" + ready.url() + "\"}").status())
                            .isEqualTo(200);

                    List<LintasReceiver.Received> got = ready.await(r -> r.isMessage(), r -> r.size() == 1);

                    assertThat(got.get(0).message().getString("id")).isEqualTo(wamid);
                    assertThat(got.get(0).signatureValid()).isTrue();
                    assertThat(server.whatsapp().subscribed()).isTrue();
                }
            }
        }
    }

    @Test
    void onSeveralLanesEveryDeliveryArrivesAndEachPhonesInTheOrderItWrote() throws Exception {
        try (LintasReceiver receiver = new LintasReceiver(WhatsAppSettings.DEFAULT_VERIFY_TOKEN, WhatsAppSettings.DEFAULT_APP_SECRET);
                SandboxServer server = SandboxServer.start(new SandboxServer.Options("127.0.0.1", 0, 7, 100, SandboxServer.DEFAULT_KEY)
                        .withWhatsApp(WhatsAppSettings.defaults().withWebhookUrl(URI.create(receiver.url()))))) {
            server.whatsapp().deliverWebhooksOn(4);
            SandboxClient admin = new SandboxClient(server);
            List<String> phones = List.of("6281233160301", "6281233160302", "6281233160303", "6281233160304", "6281233160305");
            for (int n = 0; n < 5; n++) {
                for (String phone : phones) {
                    admin.post("/sandbox/admin/whatsapp/phones/" + phone + "/messages", "{\"text\":\"pesan " + n + "\"}");
                }
            }

            List<LintasReceiver.Received> got = receiver.await(r -> r.isMessage(), r -> r.size() == 25);

            for (String phone : phones) {
                assertThat(got.stream().map(r -> r.message()).filter(m -> m.getString("from").equals(phone))
                        .map(m -> m.getJsonObject("text").getString("body")).toList())
                        .containsExactly("pesan 0", "pesan 1", "pesan 2", "pesan 3", "pesan 4");
            }
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(5);
        }
    }
}

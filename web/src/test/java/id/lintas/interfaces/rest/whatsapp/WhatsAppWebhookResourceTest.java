package id.lintas.interfaces.rest.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.application.whatsapp.WhatsAppChannel;
import id.lintas.application.whatsapp.WhatsAppInbox;
import id.lintas.domain.model.whatsapp.DeliveryReport;
import id.lintas.domain.model.whatsapp.InboundMessage;
import id.lintas.domain.model.whatsapp.LoggedComplaint;
import id.lintas.domain.model.whatsapp.MediaFile;
import id.lintas.domain.model.whatsapp.MessageType;
import id.lintas.domain.model.whatsapp.OutboundMessage;
import id.lintas.domain.model.whatsapp.OutboundStatus;
import id.lintas.domain.model.whatsapp.WhatsAppMessages;
import id.lintas.interfaces.rest.WebhookSignature;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The webhook as Meta calls it, with real-format payload samples (the gateway module's test
 * resources {@code whatsapp/webhook-*.json}, shared with its parser's tests) signed as Meta signs
 * them, through the real inbox with its tables in memory.
 */
class WhatsAppWebhookResourceTest {
    static final String SECRET = "app-secret-for-tests";
    static final Path SAMPLES = Path.of("../gateway-ejb/src/test/resources/whatsapp");

    final Stored stored = new Stored();
    final WhatsAppWebhookResource resource = new WhatsAppWebhookResource();

    WhatsAppWebhookResourceTest() {
        resource.appSecret = SECRET;
        resource.verifyToken = "verify-me";
        resource.inbox = new WhatsAppInbox(stored, new WhatsAppChannel() {
            @Override
            public Optional<Long> officeFor(String phoneNumberId) {
                return "106540352242922".equals(phoneNumberId) ? Optional.of(1L) : Optional.empty();
            }
        }, Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC));
    }

    static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(SAMPLES.resolve(name));
    }

    private Response post(byte[] body) {
        return resource.receive(body, new WebhookSignature(SECRET).sign(body));
    }

    // ------------------------------------------------------------------ the handshake

    @Test
    void theSubscriptionHandshakeEchoesTheChallenge() {
        Response r = resource.verify("subscribe", "verify-me", "1158201444");

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getEntity()).isEqualTo("1158201444");
        assertThat(r.getMediaType().toString()).isEqualTo("text/plain");
    }

    @Test
    void aWrongTokenOrModeIsForbidden() {
        assertThat(resource.verify("subscribe", "guess", "1").getStatus()).isEqualTo(403);
        assertThat(resource.verify("unsubscribe", "verify-me", "1").getStatus()).isEqualTo(403);
        assertThat(resource.verify(null, null, null).getStatus()).isEqualTo(403);
        assertThat(resource.verify("subscribe", "verify-me", null).getStatus()).isEqualTo(403);
    }

    // ------------------------------------------------------------------ signatures

    @Test
    void eachRealFormatSampleSignedByMetaIsStored() throws IOException {
        for (String name : List.of("webhook-text.json", "webhook-image.json", "webhook-document.json", "webhook-interactive.json",
                "webhook-video.json")) {
            assertThat(post(sample(name)).getStatus()).as(name).isEqualTo(200);
        }

        assertThat(stored.inbound).extracting(InboundMessage::type).containsExactly(MessageType.TEXT, MessageType.IMAGE,
                MessageType.DOCUMENT, MessageType.INTERACTIVE, MessageType.INTERACTIVE, MessageType.VIDEO);
        assertThat(stored.inbound).allSatisfy(m -> {
            assertThat(m.officeId()).isEqualTo(1L);
            assertThat(m.from().digits()).isEqualTo("6281234567890");
            assertThat(m.processedAt()).isEmpty(); // the conversations run afterwards
        });
        assertThat(stored.inbound.get(1).mediaId()).contains("1003383421387256");
        assertThat(stored.inbound.get(3).replyId()).contains("svc:BIRTH");
    }

    @Test
    void statusesAreStoredForTheRelay() throws IOException {
        Response r = post(sample("webhook-status.json"));

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getEntity().toString()).contains("\"statuses\":2");
        assertThat(stored.reports).extracting(DeliveryReport::status).containsExactly(OutboundStatus.DELIVERED, OutboundStatus.FAILED);
        assertThat(stored.reports.get(1).error()).get().asString().contains("131047");
    }

    @Test
    void anUnsignedOrWronglySignedCallIsRefusedAndNothingStored() throws IOException {
        byte[] body = sample("webhook-text.json");
        String signed = new WebhookSignature(SECRET).sign(body);
        byte[] changed = new String(body, StandardCharsets.UTF_8).replace("Halo", "Hal0").getBytes(StandardCharsets.UTF_8);

        assertThat(resource.receive(body, null).getStatus()).isEqualTo(401);
        assertThat(resource.receive(body, "").getStatus()).isEqualTo(401);
        assertThat(resource.receive(body, new WebhookSignature("another-app").sign(body)).getStatus()).isEqualTo(401);
        assertThat(resource.receive(changed, signed).getStatus()).isEqualTo(401);
        assertThat(resource.receive(body, "sha1=" + signed.substring(7)).getStatus()).isEqualTo(401);
        Response refused = resource.receive(body, "sha256=00");
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getEntity().toString()).contains("X-Hub-Signature-256");

        assertThat(stored.inbound).isEmpty();
    }

    @Test
    void aReplayedMessageIsAnsweredOkAndStoredOnce() throws IOException {
        byte[] body = sample("webhook-image.json");

        Response first = post(body);
        Response again = post(body);

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(again.getEntity().toString()).contains("\"messages\":0", "\"repeatedMessages\":1");
        assertThat(stored.inbound).hasSize(1);
    }

    @Test
    void aSignedBodyThatIsNoWebhookIsABadRequest() {
        Response r = post("{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(stored.inbound).isEmpty();
    }

    @Test
    void anotherNumbersWebhookIsAcknowledgedAndIgnored() throws IOException {
        byte[] body = new String(sample("webhook-text.json"), StandardCharsets.UTF_8).replace("106540352242922", "999")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(post(body).getStatus()).isEqualTo(200);
        assertThat(stored.inbound).isEmpty();
    }

    /** The inbox's tables in memory, unique as the database's constraints make them. */
    static final class Stored implements WhatsAppMessages {
        final List<InboundMessage> inbound = new ArrayList<>();
        final List<DeliveryReport> reports = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();

        @Override
        public boolean storeOnce(InboundMessage message) {
            return keys.add(message.officeId() + "/" + message.wamid()) && inbound.add(message);
        }

        @Override
        public boolean storeOnce(DeliveryReport report) {
            return keys.add(report.officeId() + "/" + report.wamid() + "/" + report.status()) && reports.add(report);
        }

        @Override
        public void store(OutboundMessage message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void store(MediaFile file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<MediaFile> file(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void store(LoggedComplaint complaint) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<OutboundMessage> outboundByWamid(long officeId, String wamid) {
            return Optional.empty();
        }
    }
}

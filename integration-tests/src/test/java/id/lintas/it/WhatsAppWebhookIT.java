package id.lintas.it;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.sandbox.courier.webhook.WebhookSigner;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WhatsApp webhook ({@code /api/v1/whatsapp/webhook}) as Meta, played by the sandbox, calls
 * it: the subscription handshake, the Cloud API's own payload samples (text, image, document,
 * statuses) signed with the app secret, forged deliveries refused, and a message Meta delivers
 * twice handled once.
 */
@ExtendWith(ArquillianExtension.class)
class WhatsAppWebhookIT {
    private static final String WEBHOOK = Deployments.BASE + "api/v1/whatsapp/webhook";
    /** Meta's payload samples, as the gateway's unit tests read them (their number rewritten to the sandbox's). */
    private static final Path SAMPLES = Path.of("..", "gateway-ejb", "src", "test", "resources", "whatsapp");
    private static final String SAMPLE_NUMBER_ID = "106540352242922";
    private static final String SAMPLE_PHONE = "6281234567890";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void subscribed() {
        Phone.awaitSubscribed(Duration.ofSeconds(60));
    }

    @Test
    void handshakeAnswersTheChallengeForTheVerifyTokenOnly() throws Exception {
        HttpResponse<String> right = HTTP.send(HttpRequest.newBuilder(URI.create(handshake("whatsapp-verify-token", "1158201444")))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).isEqualTo("1158201444");

        HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(URI.create(handshake("not-the-token", "1158201444")))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).doesNotContain("1158201444");

        // the sandbox's own handshake: a wrong token is refused by Payara and the subscription stays
        String refused = Phone.admin("PUT", "/sandbox/admin/whatsapp/webhook", Json.createObjectBuilder()
                .add("callbackUrl", WEBHOOK).add("verifyToken", "not-the-token").build().toString(), 422);
        assertThat(refused).contains("WEBHOOK_TIDAK_TERVERIFIKASI").contains("403");
        assertThat(Phone.webhook().getJsonObject("subscription").getString("callbackUrl")).isEqualTo(WEBHOOK);

        JsonObject renewed = Phone.json(Phone.admin("PUT", "/sandbox/admin/whatsapp/webhook", Json.createObjectBuilder()
                .add("callbackUrl", WEBHOOK).add("verifyToken", "whatsapp-verify-token").build().toString(), 200));
        assertThat(renewed.getJsonObject("subscription").getString("verifyToken")).isEqualTo("whatsapp-verify-token");
    }

    @Test
    void metasPayloadSamplesAreAcceptedAndStoredOnce() throws Exception {
        String phone = Phone.fresh("Siti Rahayu").waId();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (String sample : List.of("webhook-text.json", "webhook-image.json", "webhook-document.json")) {
            byte[] body = sample(sample, phone, run);
            String wamid = Phone.json(new String(body, StandardCharsets.UTF_8)).getJsonArray("entry").getJsonObject(0)
                    .getJsonArray("changes").getJsonObject(0).getJsonObject("value").getJsonArray("messages").getJsonObject(0)
                    .getString("id");
            JsonObject first = Phone.json(post(body, sign(body)).body());
            assertThat(first.getInt("messages")).as(sample).isEqualTo(1);
            assertThat(inboundCount(wamid)).as(sample).isEqualTo(1);
            JsonObject again = Phone.json(post(body, sign(body)).body());
            assertThat(again.getInt("messages")).as(sample).isZero();
            assertThat(again.getInt("repeatedMessages")).as(sample).isEqualTo(1);
            assertThat(inboundCount(wamid)).as(sample).isEqualTo(1);
        }
        byte[] statuses = sample("webhook-status.json", phone, run);
        HttpResponse<String> answer = post(statuses, sign(statuses));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(Phone.json(answer.body()).getInt("statuses")).isEqualTo(2);
        assertThat(Phone.json(post(statuses, sign(statuses)).body()).getInt("repeatedStatuses")).isEqualTo(2);
    }

    @Test
    void aDeliveryWithoutTheRightSignatureIsRefusedAndNothingStored() throws Exception {
        Phone phone = Phone.fresh("Agus Prasetyo");
        Phone.Sent wrong = phone.forgedText("halo", "wrong");
        assertThat(wrong.deliveryStatus()).isEqualTo(401);
        Phone.Sent missing = phone.forgedText("halo", "missing");
        assertThat(missing.deliveryStatus()).isEqualTo(401);
        assertThat(inboundCount(wrong.wamid()) + inboundCount(missing.wamid())).isZero();

        byte[] body = sample("webhook-text.json", phone.waId(), UUID.randomUUID().toString().substring(0, 8));
        assertThat(post(body, null).statusCode()).isEqualTo(401);
        assertThat(post(body, "sha256=" + "0".repeat(64)).statusCode()).isEqualTo(401);
        assertThat(post(body, new WebhookSigner("another-secret").sign(body)).statusCode()).isEqualTo(401);
        byte[] altered = (new String(body, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
        assertThat(post(altered, sign(body)).statusCode()).isEqualTo(401);
        assertThat(phone.repliesWithin(Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aMessageMetaDeliversAgainIsAnsweredOnce() throws Exception {
        Phone phone = Phone.fresh("Sri Wahyuni");
        Phone.Sent help = phone.text("bantuan");
        Phone.Message reply = phone.awaitReply(Phone.TIMEOUT);
        assertThat(reply.text()).contains("Perintah yang bisa dipakai");
        long replays = replays();

        phone.replay(help.wamid());
        awaitDelivered(help.wamid(), 2, Duration.ofSeconds(20));
        assertThat(replays()).isEqualTo(replays + 1);
        assertThat(phone.repliesWithin(Duration.ofSeconds(4))).isEmpty();
        assertThat(phone.inbox()).hasSize(1);
        assertThat(inboundCount(help.wamid())).isEqualTo(1);
    }

    // ---------------------------------------------------------------- helpers

    /** How many deliveries the sandbox replayed so far (its counter appears with the first). */
    private static long replays() {
        JsonObject messages = Phone.stats().getJsonObject("messages");
        return messages.containsKey("replays") ? messages.getJsonNumber("replays").longValue() : 0;
    }

    private static String handshake(String token, String challenge) {
        return WEBHOOK + "?hub.mode=subscribe&hub.verify_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&hub.challenge=" + challenge;
    }

    /** A sample of Meta's for the sandbox's number, from {@code phone}, its wamids made unique by {@code run}. */
    private static byte[] sample(String name, String phone, String run) throws Exception {
        return Files.readString(SAMPLES.resolve(name)).replace(SAMPLE_NUMBER_ID, "331601234567890").replace(SAMPLE_PHONE, phone)
                .replace("wamid.", "wamid." + run).getBytes(StandardCharsets.UTF_8);
    }

    private static String sign(byte[] body) {
        return new WebhookSigner("whatsapp-app-secret").sign(body);
    }

    private static HttpResponse<String> post(byte[] body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(WEBHOOK)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("User-Agent", "facebookexternalua")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long inboundCount(String wamid) throws Exception {
        return Long.parseLong(Deployments.text("select count(*) from wa_inbound where wamid = ?", wamid));
    }

    /** Waits until the sandbox has delivered the message {@code wamid} to Payara {@code times} times (answered 2xx). */
    private static void awaitDelivered(String wamid, int times, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long delivered = Phone.webhook().getJsonArray("recent").getValuesAs(JsonObject.class).stream()
                    .filter(a -> a.getString("ref").equals(wamid) && a.getInt("status") / 100 == 2).count();
            if (delivered >= times) {
                return;
            }
            assertThat(System.nanoTime()).as("the sandbox delivers " + wamid + " " + times + " times").isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}

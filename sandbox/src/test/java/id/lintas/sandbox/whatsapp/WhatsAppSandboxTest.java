package id.lintas.sandbox.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.sandbox.SandboxClient;
import id.lintas.sandbox.SandboxServer;
import id.lintas.sandbox.courier.webhook.RetrySchedule;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WhatsApp sandbox against a receiver built as Lintas's webhook endpoint will be: the handshake,
 * phones' messages in Meta's envelope with a valid signature, media downloads with and without the
 * token, Graph errors of the messages endpoint, statuses, replies to buttons, the 24-hour window,
 * replays and retries. Each test uses its own phone.
 */
class WhatsAppSandboxTest {
    private static final String TOKEN = "test-access-token";
    private static final String SECRET = "test-app-secret";
    private static final String VERIFY = "test-verify-token";
    private static SandboxServer server;
    private static LintasReceiver receiver;
    private static SandboxClient admin;
    private static SandboxClient graph;
    private static String messagesPath;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        WhatsAppSettings settings = WhatsAppSettings.defaults().withAccessToken(TOKEN).withAppSecret(SECRET).withVerifyToken(VERIFY)
                .withWebhookRetries(RetrySchedule.exponential(Duration.ofMillis(20), 4));
        server = SandboxServer.start(new SandboxServer.Options("127.0.0.1", 0, 7, 100, SandboxServer.DEFAULT_KEY).withWhatsApp(settings));
        receiver = new LintasReceiver(VERIFY, SECRET);
        admin = new SandboxClient(server);
        graph = new SandboxClient(server.baseUrl(), null);
        messagesPath = "/v21.0/" + WhatsAppSettings.DEFAULT_PHONE_NUMBER_ID + "/messages";
        SandboxClient.Response subscribed = admin.put("/sandbox/admin/whatsapp/webhook", "{\"callbackUrl\":\"" + receiver.url() + "\"}");
        assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.close();
        receiver.close();
    }

    @Test
    void subscribingPerformsTheHandshakeAndAWrongVerifyTokenKeepsTheOldSubscription() {
        assertThat(receiver.handshakes()).isNotEmpty();
        assertThat(receiver.handshakes().get(0)).containsEntry("hub.mode", "subscribe").containsEntry("hub.verify_token", VERIFY)
                .containsKey("hub.challenge");

        SandboxClient.Response refused = admin.put("/sandbox/admin/whatsapp/webhook",
                "{\"callbackUrl\":\"" + receiver.url() + "\",\"verifyToken\":\"wrong\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.string("KODE")).isEqualTo("WEBHOOK_TIDAK_TERVERIFIKASI");
        assertThat(refused.string("PESAN")).contains("HTTP 403");
        JsonObject webhook = admin.get("/sandbox/admin/whatsapp/webhook").json();
        assertThat(webhook.getJsonObject("subscription").getString("callbackUrl")).isEqualTo(receiver.url());
        assertThat(server.whatsapp().subscribed()).isTrue();
    }

    @Test
    void aPhonesTextReachesTheReceiverInMetasEnvelopeSignedWithTheAppSecret() {
        String phone = "6281233160101";
        SandboxClient.Response sent = admin.post(phonePath(phone, "messages"),
                "{\"name\":\"Siti Aminah\",\"type\":\"text\",\"text\":\"Saya mau mengurus akta kelahiran\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String wamid = sent.string("id");
        assertThat(wamid).startsWith("wamid.");

        LintasReceiver.Received webhook = receiver.await(r -> r.isMessage() && r.message().getString("id").equals(wamid),
                r -> r.size() == 1).get(0);

        assertThat(webhook.signatureValid()).isTrue();
        assertThat(webhook.signature()).isEqualTo("sha256=" + receiver.hmac(webhook.body())).matches("sha256=[0-9a-f]{64}");
        JsonObject json = webhook.json();
        assertThat(json.getString("object")).isEqualTo("whatsapp_business_account");
        JsonObject entry = json.getJsonArray("entry").getJsonObject(0);
        assertThat(entry.getString("id")).isEqualTo(WhatsAppSettings.DEFAULT_BUSINESS_ACCOUNT_ID);
        assertThat(entry.getJsonArray("changes").getJsonObject(0).getString("field")).isEqualTo("messages");
        JsonObject value = webhook.value();
        assertThat(value.getString("messaging_product")).isEqualTo("whatsapp");
        assertThat(value.getJsonObject("metadata").getString("phone_number_id")).isEqualTo(WhatsAppSettings.DEFAULT_PHONE_NUMBER_ID);
        assertThat(value.getJsonObject("metadata").getString("display_phone_number")).isEqualTo(WhatsAppSettings.DEFAULT_DISPLAY_PHONE_NUMBER);
        JsonObject contact = value.getJsonArray("contacts").getJsonObject(0);
        assertThat(contact.getString("wa_id")).isEqualTo(phone);
        assertThat(contact.getJsonObject("profile").getString("name")).isEqualTo("Siti Aminah");
        JsonObject message = webhook.message();
        assertThat(message.getString("from")).isEqualTo(phone);
        assertThat(message.getString("type")).isEqualTo("text");
        assertThat(message.getJsonObject("text").getString("body")).isEqualTo("Saya mau mengurus akta kelahiran");
        assertThat(message.getString("timestamp")).matches("\\d{10}");
    }

    @Test
    void aPhonesImageIsDownloadedInTwoStepsWithTheTokenAndNotWithout() throws Exception {
        byte[] photo = "not really a JPEG, but bytes all the same".getBytes(StandardCharsets.UTF_8);
        SandboxClient.Response sent = admin.post(phonePath("6281233160102", "messages"), "{\"type\":\"image\",\"mimeType\":\"image/jpeg\","
                + "\"caption\":\"Foto KK\",\"data\":\"" + Base64.getEncoder().encodeToString(photo) + "\"}");
        String wamid = sent.string("id");
        JsonObject image = receiver.await(r -> r.isMessage() && r.message().getString("id").equals(wamid), r -> r.size() == 1)
                .get(0).message().getJsonObject("image");
        assertThat(image.getString("mime_type")).isEqualTo("image/jpeg");
        assertThat(image.getString("caption")).isEqualTo("Foto KK");
        assertThat(image.getString("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo)));

        SandboxClient.Response metadata = graph.send(bearer("/v21.0/" + image.getString("id"), TOKEN).GET().build());

        assertThat(metadata.status()).as(metadata.body()).isEqualTo(200);
        assertThat(metadata.json().getString("id")).isEqualTo(image.getString("id"));
        assertThat(metadata.json().getJsonNumber("file_size").longValue()).isEqualTo(photo.length);
        assertThat(metadata.json().getString("messaging_product")).isEqualTo("whatsapp");
        String url = metadata.string("url");
        assertThat(url).startsWith(server.baseUrl() + "/v21.0/whatsapp_business/attachments/?mid=");
        HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(photo);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/jpeg");

        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(SandboxClient.parse(anonymous.body()).getJsonObject("error").getString("type")).isEqualTo("OAuthException");
        SandboxClient.Response wrongToken = graph.send(bearer(url.substring(server.baseUrl().length()), "stolen").GET().build());
        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(wrongToken.json().getJsonObject("error").getInt("code")).isEqualTo(190);
        SandboxClient.Response forged = graph.send(bearer(url.substring(server.baseUrl().length()).replaceAll("hash=[0-9a-f]+", "hash=00"), TOKEN)
                .GET().build());
        assertThat(forged.status()).isEqualTo(404);
    }

    @Test
    void aDeclaredFortyMegabyteVideoHasItsSizeWithoutBeingSent() {
        long size = 40L << 20;
        SandboxClient.Response sent = admin.post(phonePath("6281233160103", "messages"),
                "{\"type\":\"video\",\"mimeType\":\"video/mp4\",\"size\":" + size + "}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String mediaId = sent.string("media_id");
        JsonObject video = receiver.await(r -> r.isMessage() && r.message().getString("id").equals(sent.string("id")), r -> r.size() == 1)
                .get(0).message().getJsonObject("video");
        assertThat(video.getString("id")).isEqualTo(mediaId);

        JsonObject metadata = graph.send(bearer("/v21.0/" + mediaId, TOKEN).GET().build()).json();

        assertThat(metadata.getJsonNumber("file_size").longValue()).isEqualTo(size);
        assertThat(metadata.getString("mime_type")).isEqualTo("video/mp4");
    }

    @Test
    void theMessagesEndpointRefusesWithGraphErrors() {
        SandboxClient.Response noProduct = graph.send(bearer(messagesPath, TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"6281233160104\",\"type\":\"text\",\"text\":{\"body\":\"x\"}}")).build());
        assertThat(noProduct.status()).isEqualTo(400);
        JsonObject error = noProduct.json().getJsonObject("error");
        assertThat(error.getString("type")).isEqualTo("OAuthException");
        assertThat(error.getInt("code")).isEqualTo(100);
        assertThat(error.getString("fbtrace_id")).hasSize(23);
        assertThat(error.getJsonObject("error_data").getString("details")).contains("messaging_product");

        SandboxClient.Response longTitle = sendMessage(interactive("6281233160104", "Judul tombol yang terlalu panjang"));
        assertThat(longTitle.status()).isEqualTo(400);
        assertThat(longTitle.json().getJsonObject("error").getInt("code")).isEqualTo(131009);
        assertThat(longTitle.json().getJsonObject("error").getString("message")).isEqualTo("(#131009) Parameter value is not valid");
        assertThat(longTitle.json().getJsonObject("error").getJsonObject("error_data").getString("details")).contains("Button title length");

        SandboxClient.Response noBody = sendMessage("{\"messaging_product\":\"whatsapp\",\"to\":\"6281233160104\",\"type\":\"text\",\"text\":{}}");
        assertThat(noBody.json().getJsonObject("error").getInt("code")).isEqualTo(131008);

        SandboxClient.Response otherNumber = graph.send(bearer("/v21.0/999999999/messages", TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(text("6281233160104", "x"))).build());
        assertThat(otherNumber.status()).isEqualTo(400);
        assertThat(otherNumber.json().getJsonObject("error").getString("type")).isEqualTo("GraphMethodException");
        assertThat(otherNumber.json().getJsonObject("error").getInt("error_subcode")).isEqualTo(33);

        SandboxClient.Response badToken = graph.send(bearer(messagesPath, "expired")
                .POST(HttpRequest.BodyPublishers.ofString(text("6281233160104", "x"))).build());
        assertThat(badToken.status()).isEqualTo(401);
        assertThat(badToken.json().getJsonObject("error").getInt("code")).isEqualTo(190);
        assertThat(badToken.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("OAuth"));
    }

    @Test
    void aReplyInTheWindowIsSentThenDeliveredThenReadWhenThePhoneReadsIt() {
        String phone = "6281233160105";
        admin.post(phonePath(phone, "messages"), "{\"type\":\"text\",\"text\":\"Halo\"}");

        SandboxClient.Response sent = sendMessage(text(phone, "Permohonan Anda kami terima."));

        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().getString("messaging_product")).isEqualTo("whatsapp");
        assertThat(sent.json().getJsonArray("contacts").getJsonObject(0).getString("wa_id")).isEqualTo(phone);
        assertThat(sent.json().getJsonArray("contacts").getJsonObject(0).getString("input")).isEqualTo(phone);
        String wamid = sent.json().getJsonArray("messages").getJsonObject(0).getString("id");
        assertThat(wamid).startsWith("wamid.");
        List<LintasReceiver.Received> statuses = receiver.await(r -> !r.isMessage() && r.status().getString("id").equals(wamid),
                r -> r.size() == 2);
        assertThat(statuses).extracting(r -> r.status().getString("status")).containsExactly("sent", "delivered");
        JsonObject first = statuses.get(0).status();
        assertThat(first.getString("recipient_id")).isEqualTo(phone);
        assertThat(first.getJsonObject("conversation").getJsonObject("origin").getString("type")).isEqualTo("service");
        assertThat(first.getJsonObject("pricing").getString("pricing_model")).isEqualTo("CBP");
        assertThat(statuses).allMatch(LintasReceiver.Received::signatureValid);

        JsonObject inbox = admin.get(phonePath(phone, "inbox")).json();
        JsonObject got = inbox.getJsonArray("messages").getJsonObject(0);
        assertThat(got.getString("id")).isEqualTo(wamid);
        assertThat(got.getString("text")).isEqualTo("Permohonan Anda kami terima.");
        assertThat(got.getString("status")).isEqualTo("delivered");

        SandboxClient.Response read = admin.post(phonePath(phone, "read"), "");

        assertThat(read.json().getJsonArray("read").getString(0)).isEqualTo(wamid);
        List<LintasReceiver.Received> all = receiver.await(r -> !r.isMessage() && r.status().getString("id").equals(wamid), r -> r.size() == 3);
        assertThat(all.get(2).status().getString("status")).isEqualTo("read");
        assertThat(all.get(2).status().containsKey("pricing")).isFalse();
    }

    @Test
    void thePhoneAnswersAButtonAndTheReplyNamesTheButtonAndTheMessage() {
        String phone = "6281233160106";
        admin.post(phonePath(phone, "messages"), "{\"type\":\"text\",\"text\":\"Halo\"}");
        String wamid = sendMessage(interactive(phone, "Sudah benar")).json().getJsonArray("messages").getJsonObject(0).getString("id");
        receiver.await(r -> !r.isMessage() && r.status().getString("id").equals(wamid), r -> r.size() == 2);
        JsonObject shown = admin.get(phonePath(phone, "inbox")).json().getJsonArray("messages").getJsonObject(0);
        assertThat(shown.getJsonObject("interactive").getJsonArray("options").getJsonObject(0).getString("id")).isEqualTo("benar");

        SandboxClient.Response reply = admin.post(phonePath(phone, "messages"),
                "{\"type\":\"interactive\",\"replyTo\":\"" + wamid + "\",\"optionId\":\"benar\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonObject message = receiver.await(r -> r.isMessage() && r.message().getString("id").equals(reply.string("id")), r -> r.size() == 1)
                .get(0).message();
        assertThat(message.getString("type")).isEqualTo("interactive");
        assertThat(message.getJsonObject("context").getString("id")).isEqualTo(wamid);
        JsonObject button = message.getJsonObject("interactive");
        assertThat(button.getString("type")).isEqualTo("button_reply");
        assertThat(button.getJsonObject("button_reply").getString("id")).isEqualTo("benar");
        assertThat(button.getJsonObject("button_reply").getString("title")).isEqualTo("Sudah benar");
        assertThat(admin.post(phonePath(phone, "messages"), "{\"type\":\"interactive\",\"replyTo\":\"" + wamid + "\",\"optionId\":\"x\"}")
                .status()).isEqualTo(422);
    }

    @Test
    void aFreeFormMessageOutsideTheWindowFailsWith131047ButATemplateGoes() {
        String phone = "6281233160107";
        String text = sendMessage(text(phone, "Dokumen Anda siap.")).json().getJsonArray("messages").getJsonObject(0).getString("id");
        String template = sendMessage("{\"messaging_product\":\"whatsapp\",\"to\":\"" + phone + "\",\"type\":\"template\",\"template\":"
                + "{\"name\":\"dokumen_siap\",\"language\":{\"code\":\"id\"},\"components\":[{\"type\":\"body\",\"parameters\":"
                + "[{\"type\":\"text\",\"text\":\"KLH-2026-00017\"}]}]}}").json().getJsonArray("messages").getJsonObject(0).getString("id");

        JsonObject failed = receiver.await(r -> !r.isMessage() && r.status().getString("id").equals(text), r -> r.size() == 1).get(0).status();
        assertThat(failed.getString("status")).isEqualTo("failed");
        assertThat(failed.getJsonArray("errors").getJsonObject(0).getInt("code")).isEqualTo(131047);
        assertThat(receiver.await(r -> !r.isMessage() && r.status().getString("id").equals(template), r -> r.size() == 2))
                .extracting(r -> r.status().getString("status")).containsExactly("sent", "delivered");
        JsonObject inbox = admin.get(phonePath(phone, "inbox")).json();
        assertThat(inbox.getJsonArray("messages")).hasSize(1);
        assertThat(inbox.getJsonArray("messages").getJsonObject(0).getJsonObject("template").getJsonArray("parameters").getString(0))
                .isEqualTo("KLH-2026-00017");
    }

    @Test
    void aReplayDeliversTheSameMessageIdAndBytesAgain() {
        SandboxClient.Response sent = admin.post(phonePath("6281233160108", "messages"), "{\"type\":\"text\",\"text\":\"Sekali saja\"}");
        String wamid = sent.string("id");
        LintasReceiver.Received first = receiver.await(r -> r.isMessage() && r.message().getString("id").equals(wamid), r -> r.size() == 1)
                .get(0);

        SandboxClient.Response replay = admin.post("/sandbox/admin/whatsapp/replay", "{\"id\":\"" + wamid + "\"}");

        assertThat(replay.status()).isEqualTo(202);
        List<LintasReceiver.Received> both = receiver.await(r -> r.isMessage() && r.message().getString("id").equals(wamid), r -> r.size() == 2);
        assertThat(both.get(1).body()).isEqualTo(first.body());
        assertThat(both.get(1).signatureValid()).isTrue();
    }

    @Test
    void aFailedDeliveryIsRetriedWithTheSameBytes() {
        receiver.failNext(2);
        SandboxClient.Response sent = admin.post(phonePath("6281233160109", "messages"), "{\"type\":\"text\",\"text\":\"Coba lagi\"}");

        List<LintasReceiver.Received> attempts = receiver.await(r -> r.isMessage() && r.message().getString("id").equals(sent.string("id")),
                r -> r.stream().anyMatch(a -> a.answered() == 200));

        assertThat(attempts).extracting(LintasReceiver.Received::answered).containsExactly(500, 500, 200);
        assertThat(attempts.get(2).body()).isEqualTo(attempts.get(0).body());
    }

    @Test
    void aWronglySignedOrUnsignedDeliveryIsSentOnceAndTheReceiversAnswerShown() {
        SandboxClient.Response forged = admin.post(phonePath("6281233160110", "messages"),
                "{\"type\":\"text\",\"text\":\"Palsu\",\"signature\":\"wrong\"}");
        SandboxClient.Response unsigned = admin.post(phonePath("6281233160110", "messages"),
                "{\"type\":\"text\",\"text\":\"Tanpa tanda tangan\",\"signature\":\"missing\"}");

        assertThat(forged.json().getJsonObject("delivery").getInt("status")).isEqualTo(401);
        assertThat(unsigned.json().getJsonObject("delivery").getInt("status")).isEqualTo(401);
        List<LintasReceiver.Received> got = receiver.await(r -> r.isMessage() && r.message().getString("from").equals("6281233160110"),
                r -> r.size() == 2);
        assertThat(got.get(0).signature()).startsWith("sha256=").isNotEqualTo("sha256=" + receiver.hmac(got.get(0).body()));
        assertThat(got.get(1).signature()).isNull();
        assertThat(admin.post("/sandbox/admin/whatsapp/replay", "{\"id\":\"" + forged.string("id") + "\"}").status()).isEqualTo(404);
    }

    @Test
    void anUploadedDocumentIsSentByIdAndThePhoneDownloadsIt() throws Exception {
        String phone = "6281233160111";
        admin.post(phonePath(phone, "messages"), "{\"type\":\"text\",\"text\":\"Halo\"}");
        byte[] pdf = "%PDF-1.7 akta kelahiran".getBytes(StandardCharsets.US_ASCII);
        String boundary = "lintas-boundary";
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"messaging_product\"\r\n\r\nwhatsapp\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\napplication/pdf\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"akta.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        multipart.writeBytes(pdf);
        multipart.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        SandboxClient.Response uploaded = graph.send(bearer("/v21.0/" + WhatsAppSettings.DEFAULT_PHONE_NUMBER_ID + "/media", TOKEN)
                .setHeader("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray())).build());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        String mediaId = uploaded.string("id");

        String wamid = sendMessage("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"+62 812-3316-0111\","
                + "\"type\":\"document\",\"document\":{\"id\":\"" + mediaId + "\",\"filename\":\"Akta-Kelahiran.pdf\",\"caption\":\"Akta\"}}")
                .json().getJsonArray("messages").getJsonObject(0).getString("id");
        receiver.await(r -> !r.isMessage() && r.status().getString("id").equals(wamid), r -> r.size() == 2);

        JsonObject document = admin.get(phonePath(phone, "inbox")).json().getJsonArray("messages").getJsonObject(0).getJsonObject("document");
        assertThat(document.getString("filename")).isEqualTo("Akta-Kelahiran.pdf");
        assertThat(document.getString("mime_type")).isEqualTo("application/pdf");
        HttpResponse<byte[]> bytes = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + document.getString("download")))
                .header("X-Siak-Key", SandboxServer.DEFAULT_KEY).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(bytes.body()).isEqualTo(pdf);
    }

    private static String phonePath(String phone, String what) {
        return "/sandbox/admin/whatsapp/phones/" + phone + "/" + what;
    }

    private static HttpRequest.Builder bearer(String path, String token) {
        return graph.request(path).header("Authorization", "Bearer " + token);
    }

    private static SandboxClient.Response sendMessage(String json) {
        return graph.send(bearer(messagesPath, TOKEN).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static String text(String to, String body) {
        return "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"" + to + "\",\"type\":\"text\","
                + "\"text\":{\"preview_url\":false,\"body\":\"" + body + "\"}}";
    }

    private static String interactive(String to, String firstTitle) {
        return "{\"messaging_product\":\"whatsapp\",\"to\":\"" + to + "\",\"type\":\"interactive\",\"interactive\":{\"type\":\"button\","
                + "\"body\":{\"text\":\"Apakah data sudah benar?\"},\"action\":{\"buttons\":["
                + "{\"type\":\"reply\",\"reply\":{\"id\":\"benar\",\"title\":\"" + firstTitle + "\"}},"
                + "{\"type\":\"reply\",\"reply\":{\"id\":\"salah\",\"title\":\"Ada yang salah\"}}]}}}";
    }
}

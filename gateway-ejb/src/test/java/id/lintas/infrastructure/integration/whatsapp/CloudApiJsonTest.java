package id.lintas.infrastructure.integration.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.model.whatsapp.InboundMessage;
import id.lintas.domain.model.whatsapp.MessageType;
import id.lintas.domain.model.whatsapp.OutboundStatus;
import id.lintas.domain.model.whatsapp.Reply;
import id.lintas.domain.model.whatsapp.WaId;
import id.lintas.domain.shared.Jsons;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloudApiJsonTest {
    static final WaId SITI = WaId.of("6281234567890");

    static byte[] sample(String name) throws IOException {
        try (InputStream in = CloudApiJsonTest.class.getResourceAsStream("/whatsapp/" + name)) {
            return in.readAllBytes();
        }
    }

    private static InboundMessage.Received only(String sample) throws IOException {
        List<CloudApiJson.Change> changes = CloudApiJson.webhook(sample(sample));
        assertThat(changes).singleElement().extracting(CloudApiJson.Change::phoneNumberId).isEqualTo("106540352242922");
        return changes.get(0).messages().get(0);
    }

    @Test
    void aTextMessage() throws IOException {
        InboundMessage.Received m = only("webhook-text.json");

        assertThat(m.wamid()).startsWith("wamid.HBgN");
        assertThat(m.from()).isEqualTo(SITI);
        assertThat(m.profileName()).isEqualTo("Siti Rahayu");
        assertThat(m.type()).isEqualTo(MessageType.TEXT);
        assertThat(m.text()).isEqualTo("Halo");
        assertThat(m.sentAt()).isEqualTo(Instant.ofEpochSecond(1772413200L));
    }

    @Test
    void anImageAndADocument() throws IOException {
        InboundMessage.Received image = only("webhook-image.json");
        InboundMessage.Received document = only("webhook-document.json");

        assertThat(image.type()).isEqualTo(MessageType.IMAGE);
        assertThat(image.mediaId()).isEqualTo("1003383421387256");
        assertThat(image.mimeType()).isEqualTo("image/jpeg");
        assertThat(image.caption()).isEqualTo("KK");
        assertThat(image.sha256()).isNotBlank();
        assertThat(document.type()).isEqualTo(MessageType.DOCUMENT);
        assertThat(document.filename()).isEqualTo("surat-kelahiran.pdf");
        assertThat(document.mediaId()).isEqualTo("1295416571593040");
    }

    @Test
    void listAndButtonReplies() throws IOException {
        List<InboundMessage.Received> replies = CloudApiJson.webhook(sample("webhook-interactive.json")).get(0).messages();

        assertThat(replies).extracting(InboundMessage.Received::type).containsOnly(MessageType.INTERACTIVE);
        assertThat(replies).extracting(InboundMessage.Received::replyId).containsExactly("svc:BIRTH", "confirm:send");
        assertThat(replies).extracting(InboundMessage.Received::text).containsExactly("Akta kelahiran", "Kirim");
    }

    @Test
    void aVideoIsAVideo() throws IOException {
        assertThat(only("webhook-video.json").type()).isEqualTo(MessageType.VIDEO);
    }

    @Test
    void statuses() throws IOException {
        List<CloudApiJson.Status> statuses = CloudApiJson.webhook(sample("webhook-status.json")).get(0).statuses();

        assertThat(statuses).extracting(CloudApiJson.Status::status).containsExactly(OutboundStatus.DELIVERED, OutboundStatus.FAILED);
        assertThat(statuses.get(0).recipient()).isEqualTo("6281234567890");
        assertThat(statuses.get(0).error()).isNull();
        assertThat(statuses.get(1).error()).contains("131047", "Re-engagement message");
        assertThat(statuses.get(1).at()).isEqualTo(Instant.ofEpochSecond(1772413231L));
    }

    @Test
    void whatIsNotAWhatsAppWebhookIsUnreadable() {
        for (String bad : List.of("not json", "[]", "{\"object\":\"page\",\"entry\":[]}",
                "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\",\"value\":{}}]}]}",
                "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\",\"value\":"
                        + "{\"metadata\":{\"phone_number_id\":\"1\"},\"messages\":[{\"from\":\"6281234567890\",\"type\":\"text\"}]}}]}]}")) {
            assertThatThrownBy(() -> CloudApiJson.webhook(bad.getBytes(StandardCharsets.UTF_8))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void otherFieldsAreIgnored() {
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"account_update\","
                + "\"value\":{\"event\":\"VERIFIED_ACCOUNT\"}}]}]}";
        assertThat(CloudApiJson.webhook(body.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void outgoingMessagesInTheGraphShapes() {
        JsonObject text = read(CloudApiJson.message(SITI, new Reply.Text("Halo")));
        assertThat(text.getString("messaging_product")).isEqualTo("whatsapp");
        assertThat(text.getString("to")).isEqualTo("6281234567890");
        assertThat(text.getString("type")).isEqualTo("text");
        assertThat(text.getJsonObject("text").getString("body")).isEqualTo("Halo");

        JsonObject buttons = read(CloudApiJson.message(SITI, new Reply.Buttons("Lengkap?", List.of(
                new Reply.Button("confirm:send", "Kirim"), new Reply.Button("confirm:change", "Ubah")))));
        assertThat(buttons.getJsonObject("interactive").getString("type")).isEqualTo("button");
        assertThat(buttons.getJsonObject("interactive").getJsonObject("action").getJsonArray("buttons").getJsonObject(1)
                .getJsonObject("reply").getString("id")).isEqualTo("confirm:change");

        JsonObject list = read(CloudApiJson.message(SITI, new Reply.ListMenu("Pilih", "Pilih layanan",
                List.of(new Reply.Row("svc:BIRTH", "Akta kelahiran", "Pencatatan kelahiran")))));
        JsonObject action = list.getJsonObject("interactive").getJsonObject("action");
        assertThat(list.getJsonObject("interactive").getString("type")).isEqualTo("list");
        assertThat(action.getString("button")).isEqualTo("Pilih layanan");
        assertThat(action.getJsonArray("sections").getJsonObject(0).getJsonArray("rows").getJsonObject(0).getString("id"))
                .isEqualTo("svc:BIRTH");

        JsonObject doc = read(CloudApiJson.message(SITI, new Reply.Document("https://lintas.example/d/1.pdf", "akta.pdf", "Akta")));
        assertThat(doc.getJsonObject("document").getString("filename")).isEqualTo("akta.pdf");

        JsonObject template = read(CloudApiJson.template(SITI, "dokumen_selesai", "id", List.of("WA-ABCD2345")));
        assertThat(template.getJsonObject("template").getJsonObject("language").getString("code")).isEqualTo("id");
        assertThat(template.getJsonObject("template").getJsonArray("components").getJsonObject(0).getJsonArray("parameters")
                .getJsonObject(0).getString("text")).isEqualTo("WA-ABCD2345");
    }

    @Test
    void answersOfTheGraphApi() {
        assertThat(CloudApiJson.acceptedWamid("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"6281234567890\","
                + "\"wa_id\":\"6281234567890\"}],\"messages\":[{\"id\":\"wamid.ABC\"}]}")).isEqualTo("wamid.ABC");
        assertThatThrownBy(() -> CloudApiJson.acceptedWamid("{}")).isInstanceOf(IllegalArgumentException.class);

        CloudApiJson.MediaInfo asString = CloudApiJson.media("{\"messaging_product\":\"whatsapp\",\"url\":\"https://lookaside.fbsbx.com/x\","
                + "\"mime_type\":\"image/jpeg\",\"sha256\":\"abc\",\"file_size\":\"303833\",\"id\":\"1\"}");
        assertThat(asString.fileSize()).isEqualTo(303833L);
        assertThat(CloudApiJson.media("{\"url\":\"u\",\"file_size\":12}").fileSize()).isEqualTo(12L);
        assertThat(CloudApiJson.media("{\"url\":\"u\"}").fileSize()).isEqualTo(-1L);

        assertThat(CloudApiJson.graphError("{\"error\":{\"message\":\"(#131030) Recipient phone number not in allowed list\","
                + "\"type\":\"OAuthException\",\"code\":131030,\"fbtrace_id\":\"A\"}}"))
                .isEqualTo("Graph error 131030: (#131030) Recipient phone number not in allowed list");
        assertThat(CloudApiJson.graphError("bad gateway")).isEqualTo("bad gateway");
    }

    @Test
    void aMessageIsSummedUpByItsTextOrItsDocumentsName() {
        assertThat(CloudApiJson.summary(CloudApiJson.message(SITI, new Reply.Text("Halo,\n\nkami terima")), 80))
                .isEqualTo("Halo, kami terima");
        assertThat(CloudApiJson.summary(CloudApiJson.message(SITI, new Reply.Text("x".repeat(100))), 80))
                .hasSize(80).endsWith("x\u2026");
        assertThat(CloudApiJson.summary(CloudApiJson.message(SITI, new Reply.Buttons("Lengkap?", List.of(
                new Reply.Button("confirm:send", "Kirim")))), 80)).isEqualTo("Lengkap?");
        assertThat(CloudApiJson.summary(CloudApiJson.document(SITI, "akta.pdf", "Akta Anda", true, "t", "id"), 80))
                .isEqualTo("akta.pdf");
        assertThat(CloudApiJson.summary(CloudApiJson.document(SITI, "akta.pdf", "Akta Anda", false, "t", "id"), 80))
                .as("a template with the document").isEqualTo("akta.pdf");
        assertThat(CloudApiJson.summary(CloudApiJson.template(SITI, "lintas_perkembangan", "id", List.of("Berkas diterima")), 80))
                .isEqualTo("Berkas diterima");
        assertThat(CloudApiJson.summary("not json", 80)).isEqualTo("not json");
    }

    private static JsonObject read(String json) {
        return Jsons.createReader(new StringReader(json)).readObject();
    }
}

package id.lintas.sandbox.whatsapp;

import id.lintas.sandbox.http.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * The Cloud API's JSON as Meta writes it: webhook envelopes
 * ({@code object}, {@code entry[].changes[].value} with {@code metadata}, {@code contacts} and
 * {@code messages}, or {@code statuses}), status objects with conversation, pricing and errors,
 * wamids, timestamps as strings of epoch seconds; and the simulated phone's view of what it got.
 */
final class WhatsAppJson {
    static final String ERROR_CODES = "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WhatsAppSettings settings;

    WhatsAppJson(WhatsAppSettings settings) {
        this.settings = settings;
    }

    /**
     * A wamid the way Meta's look: {@code wamid.} and base64 of a small binary record naming the
     * chat's wa_id and a 20-character hex message key ({@code inbound}: sent by the phone).
     */
    static String wamid(String waId, long sequence, boolean inbound) {
        byte[] phone = waId.getBytes(StandardCharsets.US_ASCII);
        String key = String.format(Locale.ROOT, "%08X%012X", sequence, RANDOM.nextLong() & 0xFFFFFFFFFFFFL);
        ByteBuffer buffer = ByteBuffer.allocate(3 + phone.length + 6 + key.length() + 1);
        buffer.put((byte) 0x1C).put((byte) 0x18).put((byte) phone.length).put(phone)
                .put((byte) 0x15).put((byte) 0x02).put((byte) 0x00).put((byte) (inbound ? 0x12 : 0x11)).put((byte) 0x18)
                .put((byte) key.length()).put(key.getBytes(StandardCharsets.US_ASCII)).put((byte) 0x00);
        return "wamid." + Base64.getEncoder().encodeToString(buffer.array());
    }

    static String timestamp(Instant at) {
        return Long.toString(at.getEpochSecond());
    }

    /** {@code {"object":"whatsapp_business_account","entry":[{"id":<WABA>,"changes":[{"value":{...},"field":"messages"}]}]}}. */
    JsonObject envelope(JsonObjectBuilder value) {
        JsonObject metadata = Json.object().add("display_phone_number", settings.displayPhoneNumber())
                .add("phone_number_id", settings.phoneNumberId()).build();
        JsonObjectBuilder full = Json.object().add("messaging_product", "whatsapp").add("metadata", metadata);
        value.build().forEach(full::add);
        return Json.object().add("object", "whatsapp_business_account")
                .add("entry", Json.array().add(Json.object().add("id", settings.businessAccountId())
                        .add("changes", Json.array().add(Json.object().add("value", full).add("field", "messages")))))
                .build();
    }

    /** The envelope of a phone's message: its contact (profile name, wa_id) and the message. */
    JsonObject inbound(String waId, String name, JsonObject message) {
        return envelope(Json.object()
                .add("contacts", Json.array().add(Json.object().add("profile", Json.object().add("name", name)).add("wa_id", waId)))
                .add("messages", Json.array().add(message)));
    }

    /**
     * The envelope of one status of an outbound message: {@code sent} and {@code delivered} with
     * conversation ({@code expiration_timestamp} on {@code sent} only) and pricing, {@code read}
     * bare, {@code failed} with {@code errors}.
     */
    JsonObject status(Outbound message, String status, Instant at) {
        JsonObjectBuilder json = Json.object().add("id", message.id()).add("status", status).add("timestamp", timestamp(at))
                .add("recipient_id", message.waId());
        String category = message.form().type().equals("template") ? "utility" : "service";
        if (status.equals("sent") || status.equals("delivered")) {
            long day = message.accepted().getEpochSecond() / 86_400;
            String conversation = UUID.nameUUIDFromBytes((message.waId() + ":" + category + ":" + day).getBytes(StandardCharsets.UTF_8))
                    .toString().replace("-", "");
            JsonObjectBuilder conversationJson = Json.object().add("id", conversation);
            if (status.equals("sent")) {
                conversationJson.add("expiration_timestamp", timestamp(message.accepted().plusSeconds(86_400)));
            }
            json.add("conversation", conversationJson.add("origin", Json.object().add("type", category)));
            json.add("pricing", Json.object().add("billable", true).add("pricing_model", "CBP").add("category", category));
        }
        if (status.equals("failed") && message.error() != null) {
            json.add("errors", Json.array().add(message.error()));
        }
        return envelope(Json.object().add("statuses", Json.array().add(json)));
    }

    /** An error of a status webhook: {@code {"code","title","message","error_data":{"details"},"href"}}. */
    static JsonObject statusError(int code, String title, String details) {
        return Json.object().add("code", code).add("title", title).add("message", title)
                .add("error_data", Json.object().add("details", details)).add("href", ERROR_CODES).build();
    }

    /** {@code {"mime_type","sha256","id"}} plus caption and file name when there are: a media object in a phone's message. */
    static JsonObject mediaReference(Media media, String caption) {
        JsonObjectBuilder json = Json.object();
        if (caption != null) {
            json.add("caption", caption);
        }
        if (media.filename() != null) {
            json.add("filename", media.filename());
        }
        return json.add("mime_type", media.mimeType()).add("sha256", media.sha256()).add("id", media.id()).build();
    }

    /** The Graph answer for a media object: {@code {"url","mime_type","sha256","file_size","id","messaging_product"}}. */
    static JsonObject mediaMetadata(Media media, String url) {
        return Json.object().add("url", url).add("mime_type", media.mimeType()).add("sha256", media.sha256())
                .add("file_size", media.size()).add("id", media.id()).add("messaging_product", "whatsapp").build();
    }

    /**
     * What the phone shows of a message the business sent: id, type, time, status, and per type the
     * text, the interactive message with its options flattened, the template's name and body
     * parameters, or the document/image with a download path on the admin API.
     */
    static JsonObject inboxEntry(Outbound message, MediaStore store, String adminBase) {
        OutboundForm form = message.form();
        JsonObjectBuilder json = Json.object().add("id", message.id()).add("type", form.type())
                .add("timestamp", timestamp(message.accepted())).add("status", message.status());
        if (form.contextId() != null) {
            json.add("context_id", form.contextId());
        }
        JsonObject content = form.content();
        switch (form.type()) {
            case "text" -> json.add("text", content.getString("body"));
            case "interactive" -> json.add("interactive", interactiveView(content));
            case "template" -> {
                JsonArrayBuilder parameters = Json.array();
                OutboundForm.templateParameters(content).forEach(parameters::add);
                json.add("template", Json.object().add("name", content.getString("name"))
                        .add("language", content.getJsonObject("language").getString("code")).add("parameters", parameters));
            }
            default -> {
                Media media = message.mediaId() == null ? null : store.find(message.mediaId());
                JsonObjectBuilder file = Json.object();
                Json.put(file, "caption", content.getString("caption", null));
                if (media != null) {
                    Json.put(file, "filename", content.getString("filename", media.filename()));
                    file.add("media_id", media.id()).add("mime_type", media.mimeType()).add("file_size", media.size())
                            .add("sha256", media.sha256()).add("download", adminBase + "/media/" + media.id());
                }
                json.add(form.type(), file);
            }
        }
        if (message.error() != null) {
            json.add("error", message.error());
        }
        return json.build();
    }

    private static JsonObject interactiveView(JsonObject interactive) {
        JsonObjectBuilder json = Json.object().add("type", interactive.getString("type"))
                .add("body", interactive.getJsonObject("body").getString("text"));
        if (interactive.get("header") instanceof JsonObject header) {
            json.add("header", header.getString("text", ""));
        }
        if (interactive.get("footer") instanceof JsonObject footer) {
            json.add("footer", footer.getString("text", ""));
        }
        JsonObject action = interactive.getJsonObject("action");
        JsonArrayBuilder options = Json.array();
        if (interactive.getString("type").equals("button")) {
            action.getJsonArray("buttons").forEach(b -> {
                JsonObject reply = b.asJsonObject().getJsonObject("reply");
                options.add(Json.object().add("id", reply.getString("id")).add("title", reply.getString("title")));
            });
        } else {
            json.add("button", action.getString("button"));
            action.getJsonArray("sections").forEach(s -> s.asJsonObject().getJsonArray("rows").forEach(r -> {
                JsonObject row = r.asJsonObject();
                JsonObjectBuilder option = Json.object().add("id", row.getString("id")).add("title", row.getString("title"));
                if (row.get("description") instanceof jakarta.json.JsonString description) {
                    option.add("description", description.getString());
                }
                options.add(option);
            }));
        }
        return json.add("options", options).build();
    }

    /** The option of an interactive message with {@code id}: {@code {"id","title","description"?}}, or {@code null}. */
    static JsonObject option(JsonObject interactive, String id) {
        JsonArray options = interactiveView(interactive).getJsonArray("options");
        return options.stream().map(JsonValue::asJsonObject).filter(o -> o.getString("id").equals(id)).findFirst().orElse(null);
    }
}

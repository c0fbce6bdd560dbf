package id.lintas.infrastructure.integration.whatsapp;

import id.lintas.domain.model.whatsapp.InboundMessage;
import id.lintas.domain.model.whatsapp.MessageType;
import id.lintas.domain.model.whatsapp.OutboundMessage;
import id.lintas.domain.model.whatsapp.OutboundStatus;
import id.lintas.domain.model.whatsapp.Reply;
import id.lintas.domain.model.whatsapp.WaId;
import id.lintas.domain.shared.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The WhatsApp Cloud API's JSON as Meta writes and reads it (Graph API): the webhook envelope
 * ({@code object: whatsapp_business_account}, {@code entry[].changes[].value} with
 * {@code metadata.phone_number_id}, {@code contacts[]}, {@code messages[]}, {@code statuses[]}),
 * the body of {@code POST /{version}/{phone-number-id}/messages} for each {@link Reply}, its answer
 * ({@code messages[0].id}, the wamid), the answer of {@code GET /{version}/{media-id}}
 * ({@code url}, {@code mime_type}, {@code sha256}, {@code file_size}) and the Graph error
 * ({@code error.code}, {@code error.message}). Fields Lintas does not use are ignored, so Meta
 * may add some; a webhook that is not JSON, or whose parts lack what identifies them (a message
 * without id, from or timestamp), is unreadable.
 */
public final class CloudApiJson {
    private CloudApiJson() {
    }

    /** One {@code changes[].value} of the webhook: to which of the office's numbers, with its messages and statuses. */
    public record Change(String phoneNumberId, List<InboundMessage.Received> messages, List<Status> statuses) {
    }

    /** A status webhook about a message Lintas sent. */
    public record Status(String wamid, OutboundStatus status, Instant at, String recipient, String error) {
    }

    /** What {@code GET /{media-id}} says about a file: its short-lived URL, type, hash and size (-1 if not said). */
    public record MediaInfo(String url, String mimeType, String sha256, long fileSize) {
    }

    /** Reads a webhook body. */
    public static List<Change> webhook(byte[] body) {
        JsonObject root = object(body);
        if (!"whatsapp_business_account".equals(root.getString("object", null))) {
            throw new IllegalArgumentException("\"object\" is not whatsapp_business_account");
        }
        List<Change> changes = new ArrayList<>();
        for (JsonValue e : array(root, "entry")) {
            for (JsonValue c : array(e.asJsonObject(), "changes")) {
                JsonObject change = c.asJsonObject();
                if (!"messages".equals(change.getString("field", null)) || !(change.get("value") instanceof JsonObject value)) {
                    continue; // account updates, template reviews ...: not the conversation's
                }
                JsonObject metadata = value.getJsonObject("metadata");
                String phoneNumberId = metadata == null ? null : metadata.getString("phone_number_id", null);
                if (phoneNumberId == null) {
                    throw new IllegalArgumentException("a change without metadata.phone_number_id");
                }
                Map<String, String> names = new HashMap<>();
                for (JsonValue contact : array(value, "contacts")) {
                    JsonObject co = contact.asJsonObject();
                    JsonObject profile = co.getJsonObject("profile");
                    if (profile != null && co.containsKey("wa_id")) {
                        names.put(co.getString("wa_id"), profile.getString("name", null));
                    }
                }
                List<InboundMessage.Received> messages = new ArrayList<>();
                for (JsonValue m : array(value, "messages")) {
                    messages.add(message(m.asJsonObject(), names));
                }
                List<Status> statuses = new ArrayList<>();
                for (JsonValue s : array(value, "statuses")) {
                    status(s.asJsonObject()).ifPresent(statuses::add);
                }
                changes.add(new Change(phoneNumberId, messages, statuses));
            }
        }
        return changes;
    }

    private static InboundMessage.Received message(JsonObject m, Map<String, String> names) {
        String id = required(m, "id");
        String from = required(m, "from");
        Instant at = epochSeconds(m, "timestamp");
        String apiType = m.getString("type", "unknown");
        MessageType type = MessageType.ofApi(apiType);
        WaId sender;
        try {
            sender = WaId.of(from);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("message " + id + ": " + e.getMessage());
        }
        String profile = names.get(from);
        switch (type) {
            case TEXT -> {
                JsonObject text = m.getJsonObject("text");
                return new InboundMessage.Received(id, sender, profile, type, text == null ? null : text.getString("body", null),
                        null, null, null, null, null, null, at);
            }
            case IMAGE, DOCUMENT, VIDEO, AUDIO -> {
                JsonObject media = m.getJsonObject(apiType);
                if (media == null) {
                    throw new IllegalArgumentException("message " + id + " of type " + apiType + " without its \"" + apiType + "\"");
                }
                return new InboundMessage.Received(id, sender, profile, type, null, media.getString("id", null),
                        media.getString("mime_type", null), media.getString("sha256", null), media.getString("filename", null),
                        media.getString("caption", null), null, at);
            }
            case INTERACTIVE -> {
                String replyId = null;
                String title = null;
                if ("button".equals(apiType)) { // a template's quick reply
                    JsonObject button = m.getJsonObject("button");
                    if (button != null) {
                        replyId = button.getString("payload", null);
                        title = button.getString("text", null);
                    }
                } else {
                    JsonObject interactive = m.getJsonObject("interactive");
                    JsonObject reply = interactive == null ? null
                            : interactive.getJsonObject(interactive.getString("type", ""));
                    if (reply != null) {
                        replyId = reply.getString("id", null);
                        title = reply.getString("title", null);
                    }
                }
                return new InboundMessage.Received(id, sender, profile, type, title, null, null, null, null, null, replyId, at);
            }
            default -> {
                return new InboundMessage.Received(id, sender, profile, MessageType.OTHER, null, null, null, null, null, null,
                        null, at);
            }
        }
    }

    private static Optional<Status> status(JsonObject s) {
        Optional<OutboundStatus> status = OutboundStatus.ofApi(s.getString("status", null));
        if (status.isEmpty()) {
            return Optional.empty(); // "deleted", "warning" ...
        }
        String error = null;
        JsonArray errors = s.getJsonArray("errors");
        if (errors != null && !errors.isEmpty()) {
            JsonObject first = errors.getJsonObject(0);
            error = first.get("code") + " " + first.getString("title", "") + (first.containsKey("message")
                    ? ": " + first.getString("message", "") : "");
        }
        return Optional.of(new Status(required(s, "id"), status.get(), epochSeconds(s, "timestamp"),
                s.getString("recipient_id", null), error));
    }

    // ---------------------------------------------------------------- what Lintas sends

    /** The body of {@code POST /messages} that sends {@code reply} to {@code to}. */
    public static String message(WaId to, Reply reply) {
        JsonObjectBuilder b = Jsons.createObjectBuilder().add("messaging_product", "whatsapp")
                .add("recipient_type", "individual").add("to", to.digits());
        if (reply instanceof Reply.Text t) {
            b.add("type", "text").add("text", Jsons.createObjectBuilder().add("preview_url", false).add("body", t.body()));
        } else if (reply instanceof Reply.Buttons bs) {
            JsonArrayBuilder buttons = Jsons.createArrayBuilder();
            bs.buttons().forEach(x -> buttons.add(Jsons.createObjectBuilder().add("type", "reply")
                    .add("reply", Jsons.createObjectBuilder().add("id", x.id()).add("title", x.title()))));
            b.add("type", "interactive").add("interactive", Jsons.createObjectBuilder().add("type", "button")
                    .add("body", Jsons.createObjectBuilder().add("text", bs.body()))
                    .add("action", Jsons.createObjectBuilder().add("buttons", buttons)));
        } else if (reply instanceof Reply.ListMenu l) {
            JsonArrayBuilder rows = Jsons.createArrayBuilder();
            for (Reply.Row r : l.rows()) {
                JsonObjectBuilder row = Jsons.createObjectBuilder().add("id", r.id()).add("title", r.title());
                if (r.description() != null) {
                    row.add("description", r.description());
                }
                rows.add(row);
            }
            b.add("type", "interactive").add("interactive", Jsons.createObjectBuilder().add("type", "list")
                    .add("body", Jsons.createObjectBuilder().add("text", l.body()))
                    .add("action", Jsons.createObjectBuilder().add("button", l.button())
                            .add("sections", Jsons.createArrayBuilder().add(Jsons.createObjectBuilder().add("rows", rows)))));
        } else if (reply instanceof Reply.Document d) {
            JsonObjectBuilder doc = Jsons.createObjectBuilder().add("link", d.link()).add("filename", d.filename());
            if (d.caption() != null) {
                doc.add("caption", d.caption());
            }
            b.add("type", "document").add("document", doc);
        }
        return b.build().toString();
    }

    /**
     * The body of a template message (outside the 24-hour customer service window only approved
     * templates may be sent): its name, language and the body's text parameters.
     */
    public static String template(WaId to, String name, String languageCode, List<String> bodyParameters) {
        JsonArrayBuilder parameters = Jsons.createArrayBuilder();
        bodyParameters.forEach(p -> parameters.add(Jsons.createObjectBuilder().add("type", "text").add("text", p)));
        JsonObjectBuilder template = Jsons.createObjectBuilder().add("name", name)
                .add("language", Jsons.createObjectBuilder().add("code", languageCode));
        if (!bodyParameters.isEmpty()) {
            template.add("components", Jsons.createArrayBuilder().add(Jsons.createObjectBuilder().add("type", "body")
                    .add("parameters", parameters)));
        }
        return Jsons.createObjectBuilder().add("messaging_product", "whatsapp").add("recipient_type", "individual")
                .add("to", to.digits()).add("type", "template").add("template", template).build().toString();
    }

    /**
     * A case's signed document for {@code to}, by the media id it will have once uploaded ({@link
     * OutboundMessage#UPLOAD} until then): a document message inside the 24-hour customer service
     * window, else the approved template {@code templateName} with the document as its header and
     * the caption as its body's one parameter.
     */
    public static String document(WaId to, String filename, String caption, boolean windowOpen, String templateName,
            String languageCode) {
        JsonObjectBuilder doc = Jsons.createObjectBuilder().add("id", OutboundMessage.UPLOAD).add("filename", filename);
        JsonObjectBuilder b = Jsons.createObjectBuilder().add("messaging_product", "whatsapp").add("recipient_type", "individual")
                .add("to", to.digits());
        if (windowOpen) {
            doc.add("caption", caption);
            return b.add("type", "document").add("document", doc).build().toString();
        }
        JsonArrayBuilder components = Jsons.createArrayBuilder()
                .add(Jsons.createObjectBuilder().add("type", "header").add("parameters", Jsons.createArrayBuilder()
                        .add(Jsons.createObjectBuilder().add("type", "document").add("document", doc))))
                .add(Jsons.createObjectBuilder().add("type", "body").add("parameters", Jsons.createArrayBuilder()
                        .add(Jsons.createObjectBuilder().add("type", "text").add("text", caption))));
        return b.add("type", "template").add("template", Jsons.createObjectBuilder().add("name", templateName)
                .add("language", Jsons.createObjectBuilder().add("code", languageCode)).add("components", components))
                .build().toString();
    }

    /**
     * What a message body says, for a person to recognise it (the admin's failed sends): a text's
     * or an interactive message's body, a document's file name, a template's document or first
     * text parameter (else its name); at most {@code max} characters, an ellipsis when cut.
     */
    public static String summary(String payload, int max) {
        JsonObject m;
        try {
            m = object(payload.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return cut(payload, max);
        }
        String type = m.getString("type", "text");
        String said = switch (type) {
            case "text" -> m.containsKey("text") ? m.getJsonObject("text").getString("body", "") : "";
            case "interactive" -> Optional.ofNullable(m.getJsonObject("interactive")).map(i -> i.getJsonObject("body"))
                    .map(b -> b.getString("text", "")).orElse("");
            case "template" -> templateSummary(m.getJsonObject("template"));
            default -> m.get(type) instanceof JsonObject media ? media.getString("filename", media.getString("caption", type)) : type;
        };
        return cut(said, max);
    }

    private static String templateSummary(JsonObject template) {
        if (template == null) {
            return "template";
        }
        String text = null;
        for (JsonValue c : array(template, "components")) {
            for (JsonValue p : array(c.asJsonObject(), "parameters")) {
                JsonObject parameter = p.asJsonObject();
                if (parameter.get("document") instanceof JsonObject doc && doc.containsKey("filename")) {
                    return doc.getString("filename");
                }
                if (text == null && parameter.containsKey("text")) {
                    text = parameter.getString("text", null);
                }
            }
        }
        return text != null ? text : template.getString("name", "template");
    }

    private static String cut(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1).stripTrailing() + "\u2026";
    }

    /** The body of {@code POST /{phone-number-id}/media}: the file and its type, as Meta takes them. */
    public static byte[] multipart(String boundary, byte[] content, String mimeType, String filename) {
        String safeName = filename.replaceAll("[\"\r\n]", "_");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(content.length + 512);
        java.util.function.Consumer<String> text = t -> out.writeBytes(t.getBytes(StandardCharsets.UTF_8));
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"messaging_product\"\r\n\r\nwhatsapp\r\n");
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + mimeType + "\r\n");
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + safeName
                + "\"\r\nContent-Type: " + mimeType + "\r\n\r\n");
        out.writeBytes(content);
        text.accept("\r\n--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    /** The media id in the answer of {@code POST /{phone-number-id}/media}. */
    public static String uploadedMediaId(String answer) {
        JsonObject root = object(answer.getBytes(StandardCharsets.UTF_8));
        String id = root.getString("id", null);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("the upload's answer names no media id: " + clip(answer));
        }
        return id;
    }

    /** The wamid in the answer of {@code POST /messages}. */
    public static String acceptedWamid(String answer) {
        JsonObject root = object(answer.getBytes(StandardCharsets.UTF_8));
        JsonArray messages = root.getJsonArray("messages");
        if (messages == null || messages.isEmpty() || !messages.getJsonObject(0).containsKey("id")) {
            throw new IllegalArgumentException("the answer names no message id: " + clip(answer));
        }
        return messages.getJsonObject(0).getString("id");
    }

    /** The answer of {@code GET /{media-id}}. */
    public static MediaInfo media(String answer) {
        JsonObject root = object(answer.getBytes(StandardCharsets.UTF_8));
        String url = root.getString("url", null);
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("the media answer has no url: " + clip(answer));
        }
        long size = -1;
        JsonValue fileSize = root.get("file_size");
        if (fileSize instanceof JsonNumber n) {
            size = n.longValue();
        } else if (fileSize instanceof JsonString s && s.getString().matches("[0-9]{1,18}")) {
            size = Long.parseLong(s.getString());
        }
        return new MediaInfo(url, root.getString("mime_type", null), root.getString("sha256", null), size);
    }

    /** A Graph error's code and message ({@code {"error":{"message":...,"code":...}}}), or the body clipped. */
    public static String graphError(String body) {
        try {
            JsonObject error = object(body.getBytes(StandardCharsets.UTF_8)).getJsonObject("error");
            if (error != null) {
                return "Graph error " + error.get("code") + (error.containsKey("error_subcode") ? "/" + error.get("error_subcode") : "")
                        + ": " + error.getString("message", "");
            }
        } catch (RuntimeException notJson) {
            // the body as it is
        }
        return clip(body);
    }

    // ---------------------------------------------------------------- reading

    private static JsonObject object(byte[] body) {
        try (JsonReader reader = Jsons.createReader(new ByteArrayInputStream(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
        }
    }

    private static List<JsonValue> array(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(v instanceof JsonArray a)) {
            throw new IllegalArgumentException("\"" + name + "\" is not an array");
        }
        for (JsonValue item : a) {
            if (!(item instanceof JsonObject)) {
                throw new IllegalArgumentException("\"" + name + "\" holds something other than objects");
            }
        }
        return a;
    }

    private static String required(JsonObject o, String name) {
        if (!(o.get(name) instanceof JsonString s) || s.getString().isBlank()) {
            throw new IllegalArgumentException("\"" + name + "\" is missing");
        }
        return s.getString();
    }

    private static Instant epochSeconds(JsonObject o, String name) {
        JsonValue v = o.get(name);
        String s = v instanceof JsonString str ? str.getString() : v instanceof JsonNumber n ? n.toString() : null;
        if (s == null || !s.matches("[0-9]{1,12}")) {
            throw new IllegalArgumentException("\"" + name + "\" is not a Unix time in seconds");
        }
        return Instant.ofEpochSecond(Long.parseLong(s));
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() > 500 ? s.substring(0, 500) : s;
    }
}

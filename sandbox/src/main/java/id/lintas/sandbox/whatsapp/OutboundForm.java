package id.lintas.sandbox.whatsapp;

import id.lintas.sandbox.http.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code POST /{phone-number-id}/messages} body checked as the Cloud API checks it, before any
 * message exists: {@code messaging_product} "whatsapp", {@code recipient_type} "individual", the
 * recipient {@code to} in international form, and the type's own object ({@code text},
 * {@code interactive} button or list, {@code template}, {@code document} or {@code image} by media
 * id or link) within Meta's limits. A refusal is a Graph error (100, 131008 or 131009) whose
 * details name the parameter.
 *
 * @param waId      the recipient as a wa_id: {@code to} without {@code +}, blanks, dashes and brackets
 * @param content   the type's object as sent
 * @param mediaId   for document/image by id: the media
 * @param link      for document/image by link: where the sandbox fetches it
 * @param contextId the wamid the message replies to ({@code context.message_id}), or {@code null}
 */
record OutboundForm(String to, String waId, String type, JsonObject content, String mediaId, URI link, String contextId) {
    static final List<String> TYPES = List.of("text", "interactive", "template", "document", "image");
    private static final List<String> OTHER_TYPES = List.of("audio", "contacts", "location", "reaction", "sticker", "video");

    static OutboundForm read(JsonObject body, MediaStore media) {
        String product = text(body, "messaging_product");
        if (product == null) {
            throw GraphErrors.invalidParameter("The parameter messaging_product is required.");
        }
        if (!"whatsapp".equals(product)) {
            throw GraphErrors.invalidParameter("Param messaging_product must be 'whatsapp', not '" + product + "'.");
        }
        String recipientType = text(body, "recipient_type");
        if (recipientType != null && !"individual".equals(recipientType)) {
            throw GraphErrors.invalidParameter("Param recipient_type must be 'individual' (the sandbox plays no groups).");
        }
        String to = text(body, "to");
        if (to == null || to.isBlank()) {
            throw GraphErrors.invalidParameter("The parameter to is required.");
        }
        String waId = to.strip().replaceAll("[+\\s\\-().]", "");
        if (!waId.matches("[1-9]\\d{7,14}")) {
            throw GraphErrors.notValid("Param to must be a phone number in international format with its country code (e.g. 6281234567890),"
                    + " not '" + to + "'.");
        }
        String type = text(body, "type");
        type = type == null ? "text" : type;
        if (!TYPES.contains(type)) {
            throw GraphErrors.invalidParameter(OTHER_TYPES.contains(type)
                    ? "Messages of type " + type + " are not played by the sandbox (it plays " + String.join(", ", TYPES) + ")."
                    : "Param type must be one of {" + String.join(", ", TYPES) + ", " + String.join(", ", OTHER_TYPES) + "} - got \"" + type + "\".");
        }
        JsonObject content = object(body, type, type);
        String contextId = body.get("context") instanceof JsonObject context ? text(context, "message_id") : null;
        return switch (type) {
            case "text" -> {
                String text = required(content, "body", "text['body']");
                atMost(text, 4096, "text['body']");
                yield new OutboundForm(to, waId, type, content, null, null, contextId);
            }
            case "interactive" -> {
                interactive(content);
                yield new OutboundForm(to, waId, type, content, null, null, contextId);
            }
            case "template" -> {
                template(content);
                yield new OutboundForm(to, waId, type, content, null, null, contextId);
            }
            default -> mediaForm(to, waId, type, content, media, contextId);
        };
    }

    private static OutboundForm mediaForm(String to, String waId, String type, JsonObject content, MediaStore media, String contextId) {
        String id = text(content, "id");
        String link = text(content, "link");
        if ((id == null) == (link == null)) {
            throw GraphErrors.invalidParameter("Param " + type + " must have exactly one of id or link.");
        }
        String caption = text(content, "caption");
        if (caption != null) {
            atMost(caption, 1024, type + "['caption']");
        }
        String filename = text(content, "filename");
        if (filename != null) {
            atMost(filename, 240, type + "['filename']");
        }
        if (id != null) {
            if (media.find(id) == null) {
                throw GraphErrors.notValid("Param " + type + "['id'] is not a valid media id: " + id + " (upload it first with"
                        + " POST /{phone-number-id}/media).");
            }
            return new OutboundForm(to, waId, type, content, id, null, contextId);
        }
        URI uri;
        try {
            uri = URI.create(link);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw GraphErrors.notValid("Param " + type + "['link'] must be an absolute http or https URL, not '" + link + "'.");
        }
        return new OutboundForm(to, waId, type, content, null, uri, contextId);
    }

    private static void interactive(JsonObject interactive) {
        String kind = required(interactive, "type", "interactive['type']");
        if (!kind.equals("button") && !kind.equals("list")) {
            throw GraphErrors.notValid("interactive['type'] " + kind + " is not played by the sandbox: button or list.");
        }
        JsonObject body = object(interactive, "body", "interactive['body']");
        atMost(required(body, "text", "interactive['body']['text']"), 1024, "interactive['body']['text']");
        if (interactive.get("header") instanceof JsonObject header) {
            String headerType = required(header, "type", "interactive['header']['type']");
            if (!headerType.equals("text")) {
                throw GraphErrors.notValid("interactive['header']['type'] " + headerType + " is not played by the sandbox: text.");
            }
            atMost(required(header, "text", "interactive['header']['text']"), 60, "interactive['header']['text']");
        }
        if (interactive.get("footer") instanceof JsonObject footer) {
            atMost(required(footer, "text", "interactive['footer']['text']"), 60, "interactive['footer']['text']");
        }
        JsonObject action = object(interactive, "action", "interactive['action']");
        if (kind.equals("button")) {
            JsonArray buttons = array(action, "buttons", "interactive['action']['buttons']");
            if (buttons.isEmpty() || buttons.size() > 3) {
                throw GraphErrors.notValid("Buttons count invalid. Min: 1, Max: 3 (got " + buttons.size() + ").");
            }
            Set<String> ids = new HashSet<>();
            Set<String> titles = new HashSet<>();
            for (int i = 0; i < buttons.size(); i++) {
                String where = "interactive['action']['buttons'][" + i + "]";
                JsonObject button = element(buttons, i, where);
                String buttonType = required(button, "type", where + "['type']");
                if (!buttonType.equals("reply")) {
                    throw GraphErrors.notValid(where + "['type'] must be reply.");
                }
                JsonObject reply = object(button, "reply", where + "['reply']");
                String id = required(reply, "id", where + "['reply']['id']");
                String title = required(reply, "title", where + "['reply']['title']");
                atMost(id, 256, where + "['reply']['id']");
                if (title.isBlank() || title.length() > 20) {
                    throw GraphErrors.notValid("Button title length invalid. Min length: 1, Max length: 20 (" + where + ").");
                }
                if (!ids.add(id) || !titles.add(title)) {
                    throw GraphErrors.notValid("Button ids and titles must be unique (" + where + ").");
                }
            }
        } else {
            atMost(required(action, "button", "interactive['action']['button']"), 20, "interactive['action']['button']");
            JsonArray sections = array(action, "sections", "interactive['action']['sections']");
            if (sections.isEmpty() || sections.size() > 10) {
                throw GraphErrors.notValid("Sections count invalid. Min: 1, Max: 10 (got " + sections.size() + ").");
            }
            Set<String> ids = new HashSet<>();
            int rows = 0;
            for (int s = 0; s < sections.size(); s++) {
                String where = "interactive['action']['sections'][" + s + "]";
                JsonObject section = element(sections, s, where);
                String title = text(section, "title");
                if (title == null && sections.size() > 1) {
                    throw GraphErrors.missing("The parameter " + where + "['title'] is required when there are several sections.");
                }
                if (title != null) {
                    atMost(title, 24, where + "['title']");
                }
                JsonArray sectionRows = array(section, "rows", where + "['rows']");
                for (int r = 0; r < sectionRows.size(); r++) {
                    String rowWhere = where + "['rows'][" + r + "]";
                    JsonObject row = element(sectionRows, r, rowWhere);
                    String id = required(row, "id", rowWhere + "['id']");
                    atMost(id, 200, rowWhere + "['id']");
                    String rowTitle = required(row, "title", rowWhere + "['title']");
                    if (rowTitle.isBlank() || rowTitle.length() > 24) {
                        throw GraphErrors.notValid("Row title length invalid. Min length: 1, Max length: 24 (" + rowWhere + ").");
                    }
                    String description = text(row, "description");
                    if (description != null) {
                        atMost(description, 72, rowWhere + "['description']");
                    }
                    if (!ids.add(id)) {
                        throw GraphErrors.notValid("Row ids must be unique (" + rowWhere + ").");
                    }
                    rows++;
                }
            }
            if (rows < 1 || rows > 10) {
                throw GraphErrors.notValid("Total row count invalid. Min: 1, Max: 10 (got " + rows + ").");
            }
        }
    }

    private static void template(JsonObject template) {
        String name = required(template, "name", "template['name']");
        if (!name.matches("[a-z0-9_]{1,512}")) {
            throw GraphErrors.notValid("template['name'] has only lower-case letters, digits and underscores: '" + name + "'.");
        }
        JsonObject language = object(template, "language", "template['language']");
        required(language, "code", "template['language']['code']");
        JsonValue components = template.get("components");
        if (components != null && !(components instanceof JsonArray)) {
            throw GraphErrors.invalidParameter("Param template['components'] must be an array.");
        }
    }

    /** The body parameters of a template, in order, as text (what the phone shows in its inbox). */
    static List<String> templateParameters(JsonObject template) {
        if (!(template.get("components") instanceof JsonArray components)) {
            return List.of();
        }
        return components.stream().filter(JsonObject.class::isInstance).map(JsonValue::asJsonObject)
                .filter(c -> "body".equals(text(c, "type")) && c.get("parameters") instanceof JsonArray)
                .flatMap(c -> c.getJsonArray("parameters").stream())
                .filter(JsonObject.class::isInstance).map(p -> String.valueOf(text(p.asJsonObject(), "text"))).toList();
    }

    private static String text(JsonObject object, String key) {
        try {
            return Json.text(object, key);
        } catch (RuntimeException notText) {
            throw GraphErrors.invalidParameter("Param " + key + " must be a string.");
        }
    }

    private static String required(JsonObject object, String key, String where) {
        String value = text(object, key);
        if (value == null) {
            throw GraphErrors.missing("The parameter " + where + " is required.");
        }
        return value;
    }

    private static JsonObject object(JsonObject object, String key, String where) {
        return member(object, key, where, JsonObject.class, "a JSON object");
    }

    private static JsonArray array(JsonObject object, String key, String where) {
        return member(object, key, where, JsonArray.class, "an array");
    }

    /** A required member of {@code kind}: 131008 when missing, 100 when of another kind. */
    private static <T extends JsonValue> T member(JsonObject object, String key, String where, Class<T> kind, String described) {
        JsonValue value = object.get(key);
        if (value == null || value == JsonValue.NULL) {
            throw GraphErrors.missing("The parameter " + where + " is required.");
        }
        if (!kind.isInstance(value)) {
            throw GraphErrors.invalidParameter("Param " + where + " must be " + described + ".");
        }
        return kind.cast(value);
    }

    private static JsonObject element(JsonArray array, int index, String where) {
        if (!(array.get(index) instanceof JsonObject json)) {
            throw GraphErrors.invalidParameter("Param " + where + " must be a JSON object.");
        }
        return json;
    }

    private static void atMost(String value, int max, String where) {
        if (value.length() > max) {
            throw GraphErrors.notValid("Param " + where + " must be at most " + max + " characters long (got " + value.length() + ").");
        }
    }
}

package id.lintas.sandbox.whatsapp;

import id.lintas.sandbox.http.Json;
import id.lintas.sandbox.http.Reply;
import id.lintas.sandbox.http.Request;
import id.lintas.sandbox.http.Router;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * The Cloud API's operations under {@code /{version}} (bearer access token, Graph error body): send
 * a message ({@code POST /{phone-number-id}/messages}, also {@code status: read} for a received
 * message), upload media ({@code POST /{phone-number-id}/media}, multipart), read a media object's
 * metadata and short-lived URL ({@code GET /{media-id}}), delete it, download its bytes from that URL,
 * and read the phone number ({@code GET /{phone-number-id}}). See API.md for the bodies.
 */
final class GraphApi {
    /** Per family of MIME types, the largest upload Meta takes (documents: 100 MB; the sandbox's body limit is lower). */
    private static final Map<String, Long> LIMITS = Map.of("image/jpeg", 5L << 20, "image/png", 5L << 20, "video/mp4", 16L << 20,
            "video/3gpp", 16L << 20, "audio/mpeg", 16L << 20, "audio/ogg", 16L << 20, "application/pdf", 100L << 20,
            "text/plain", 100L << 20, "application/msword", 100L << 20,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 100L << 20);

    private final WhatsAppSettings settings;
    private final Conversations conversations;
    private final MediaStore media;
    private final String graphBaseUrl;
    private final Clock clock;

    /** @param graphBaseUrl e.g. {@code http://127.0.0.1:8090/v21.0}: media URLs point under it */
    GraphApi(WhatsAppSettings settings, Conversations conversations, MediaStore media, String graphBaseUrl, Clock clock) {
        this.settings = settings;
        this.conversations = conversations;
        this.media = media;
        this.graphBaseUrl = graphBaseUrl;
        this.clock = clock;
    }

    Router router() {
        String base = settings.basePath();
        return new Router()
                .on("POST", base + "/([^/]+)/messages", (request, path) -> messages(path.get(0), request))
                .on("POST", base + "/([^/]+)/media", (request, path) -> upload(path.get(0), request))
                .on("GET", base + MediaStore.DOWNLOAD_PATH, (request, path) -> download(request))
                .on("GET", base + "/([^/]+)", (request, path) -> read(path.get(0), request))
                .on("DELETE", base + "/([^/]+)", (request, path) -> delete(path.get(0), request));
    }

    private Reply messages(String phoneNumberId, Request request) {
        ownNumber(phoneNumberId, "post");
        JsonObject body = request.json();
        if (body.containsKey("status")) {
            return markRead(body);
        }
        OutboundForm form = OutboundForm.read(body, media);
        Outbound message = conversations.send(form);
        JsonObjectBuilder sent = Json.object().add("id", message.id());
        if (form.type().equals("template")) {
            sent.add("message_status", "accepted");
        }
        return Reply.ok(Json.object().add("messaging_product", "whatsapp")
                .add("contacts", Json.array().add(Json.object().add("input", form.to()).add("wa_id", form.waId())))
                .add("messages", Json.array().add(sent)).build());
    }

    /** {@code {"messaging_product":"whatsapp","status":"read","message_id":"wamid..."}} → {@code {"success":true}}. */
    private Reply markRead(JsonObject body) {
        if (!"whatsapp".equals(Json.text(body, "messaging_product"))) {
            throw GraphErrors.invalidParameter("The parameter messaging_product is required.");
        }
        if (!"read".equals(Json.text(body, "status"))) {
            throw GraphErrors.invalidParameter("Param status must be 'read'.");
        }
        String id = Json.text(body, "message_id");
        if (id == null) {
            throw GraphErrors.missing("The parameter message_id is required.");
        }
        if (!conversations.readByBusiness(id)) {
            throw GraphErrors.notValid("Param message_id is not a message this number received: " + id + ".");
        }
        return Reply.ok(Json.object().add("success", true).build());
    }

    private Reply upload(String phoneNumberId, Request request) {
        ownNumber(phoneNumberId, "post");
        Map<String, Multipart.Part> parts;
        try {
            parts = Multipart.parse(request.header("Content-Type"), request.body());
        } catch (IllegalArgumentException e) {
            throw GraphErrors.invalidParameter("Media upload: " + e.getMessage() + ".");
        }
        Multipart.Part product = parts.get("messaging_product");
        if (product == null || !product.text().equals("whatsapp")) {
            throw GraphErrors.invalidParameter("The parameter messaging_product is required.");
        }
        Multipart.Part file = parts.get("file");
        if (file == null || file.filename() == null) {
            throw GraphErrors.missing("The parameter file is required.");
        }
        String type = parts.containsKey("type") ? parts.get("type").text() : file.contentType();
        String mimeType = type == null ? null : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        Long limit = mimeType == null ? null : LIMITS.get(mimeType);
        if (limit == null) {
            throw GraphErrors.failure(400, GraphErrors.OAUTH, 131053, null, "(#131053) Media upload error",
                    "Param file must be a file with one of the following types: " + String.join(", ", LIMITS.keySet().stream().sorted().toList())
                            + ". Received file of type '" + type + "'.");
        }
        if (file.bytes().length > limit) {
            throw GraphErrors.failure(400, GraphErrors.OAUTH, 131053, null, "(#131053) Media upload error",
                    "File of type " + mimeType + " is " + file.bytes().length + " bytes; at most " + limit + " are allowed.");
        }
        Media uploaded = media.add(Media.of(media.nextId(), mimeType, file.bytes(), file.filename(), Media.BUSINESS, clock.instant()));
        return Reply.ok(Json.object().add("id", uploaded.id()).build());
    }

    private Reply read(String id, Request request) {
        if (id.equals(settings.phoneNumberId())) {
            return Reply.ok(Json.object().add("verified_name", settings.verifiedName()).add("code_verification_status", "VERIFIED")
                    .add("display_phone_number", "+" + settings.displayPhoneNumber()).add("quality_rating", "GREEN")
                    .add("platform_type", "CLOUD_API").add("throughput", Json.object().add("level", "STANDARD"))
                    .add("id", settings.phoneNumberId()).build());
        }
        Media item = media(id, request, "get");
        return Reply.ok(WhatsAppJson.mediaMetadata(item, media.url(graphBaseUrl, item)));
    }

    private Reply delete(String id, Request request) {
        media(id, request, "delete");
        media.delete(id);
        return Reply.ok(Json.object().add("success", true).build());
    }

    private Reply download(Request request) {
        Media item = media.resolve(request.query("mid"), request.query("ext"), request.query("hash"));
        if (item == null) {
            throw GraphErrors.failure(404, GraphErrors.OAUTH, 100, null, "(#100) The media URL is invalid or has expired",
                    "Ask GET /{media-id} for a new URL: it is valid for " + settings.mediaUrlTtl().toMinutes() + " minutes.");
        }
        return Reply.stream(item.mimeType(), item::writeTo);
    }

    private Media media(String id, Request request, String method) {
        Media item = media.find(id);
        String owner = request.query("phone_number_id");
        if (item == null || owner != null && !owner.equals(settings.phoneNumberId())) {
            throw GraphErrors.unknownObject(method, id);
        }
        return item;
    }

    private void ownNumber(String phoneNumberId, String method) {
        if (!phoneNumberId.equals(settings.phoneNumberId())) {
            throw GraphErrors.unknownObject(method, phoneNumberId);
        }
    }
}

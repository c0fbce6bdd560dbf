package id.lintas.sandbox.whatsapp;

import id.lintas.sandbox.http.ApiFailure;
import id.lintas.sandbox.http.Json;
import id.lintas.sandbox.http.Reply;
import id.lintas.sandbox.http.Request;
import id.lintas.sandbox.http.Router;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Clock;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The WhatsApp sandbox's admin operations under {@code /sandbox/admin/whatsapp}, in the admin API's
 * terms (sandbox key, SIAK's error body, Indonesian messages): the webhook subscription (with the
 * verification handshake), the simulated phones (send text, image, document, video or a reply to a
 * button or list; read the inbox; read messages), a message's state, media bytes, and replays.
 */
final class PhoneApi {
    static final String BASE = "/sandbox/admin/whatsapp";
    private static final long MAX_DECLARED_SIZE = 2L << 30;
    private static final Map<String, String> DEFAULT_MIME = Map.of("image", "image/jpeg", "video", "video/mp4",
            "document", "application/pdf");

    private final WhatsAppSettings settings;
    private final Conversations conversations;
    private final MediaStore media;
    private final WebhookChannel webhooks;
    private final Clock clock;

    PhoneApi(WhatsAppSettings settings, Conversations conversations, MediaStore media, WebhookChannel webhooks, Clock clock) {
        this.settings = settings;
        this.conversations = conversations;
        this.media = media;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /** Patterns relative to {@code /sandbox/admin/whatsapp}. */
    Router routes() {
        return new Router()
                .on("GET", "/webhook", (request, path) -> Reply.ok(webhook()))
                .on("PUT", "/webhook", (request, path) -> subscribe(request.json()))
                .on("DELETE", "/webhook", (request, path) -> {
                    webhooks.unsubscribe();
                    return Reply.ok(webhook());
                })
                .on("POST", "/phones/(\\d{8,15})/messages", (request, path) -> send(path.get(0), request.json()))
                .on("GET", "/phones/(\\d{8,15})/inbox", (request, path) -> Reply.ok(inbox(path.get(0))))
                .on("POST", "/phones/(\\d{8,15})/read", (request, path) -> read(path.get(0), request))
                .on("GET", "/messages/(.+)", (request, path) -> Reply.ok(message(path.get(0))))
                .on("POST", "/replay", (request, path) -> replay(request.json()))
                .on("GET", "/media/(\\d+)", (request, path) -> {
                    Media item = media.find(path.get(0));
                    if (item == null) {
                        throw ApiFailure.notFound("MEDIA_TIDAK_DITEMUKAN", "Media " + path.get(0) + " tidak ditemukan.");
                    }
                    return Reply.stream(item.mimeType(), item::writeTo);
                });
    }

    private JsonObject webhook() {
        WebhookChannel.Subscription subscription = webhooks.subscription();
        JsonObjectBuilder json = Json.object().add("module", "whatsapp");
        if (subscription == null) {
            json.addNull("subscription");
        } else {
            json.add("subscription", Json.object().add("callbackUrl", subscription.callbackUrl().toString())
                    .add("verifyToken", subscription.verifyToken()).add("verifiedAt", subscription.verifiedAt().toString()));
        }
        JsonObjectBuilder deliveries = Json.object();
        new TreeMap<>(webhooks.counters()).forEach(deliveries::add);
        JsonArrayBuilder recent = Json.array();
        webhooks.recent().forEach(a -> recent.add(Json.object().add("ref", a.ref()).add("attempt", a.attempt()).add("status", a.status())
                .add("at", a.at().toString())));
        return json.add("deliveries", deliveries).add("recent", recent).build();
    }

    /** {@code {"callbackUrl":"...","verifyToken":"..."}} (token: the configured one when absent): handshake, then subscribed. */
    private Reply subscribe(JsonObject body) {
        String url = Json.text(body, "callbackUrl");
        String token = Json.text(body, "verifyToken");
        URI callback;
        try {
            callback = url == null ? null : URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            callback = null;
        }
        if (callback == null || !("http".equals(callback.getScheme()) || "https".equals(callback.getScheme())) || callback.getHost() == null) {
            throw ApiFailure.badRequest("WEBHOOK_TIDAK_VALID", "callbackUrl wajib berupa URL http atau https yang lengkap.");
        }
        try {
            webhooks.subscribe(callback, token == null ? settings.verifyToken() : token);
        } catch (WebhookChannel.HandshakeFailed e) {
            throw ApiFailure.unprocessable("WEBHOOK_TIDAK_TERVERIFIKASI", "Verifikasi webhook gagal (langganan lama tetap berlaku): "
                    + e.getMessage());
        }
        return Reply.ok(webhook());
    }

    /**
     * A phone sends a message: {@code {"type":"text","text":"..."}}, {@code {"type":"image"|"document"|"video",
     * "data":"<base64>"|"size":N, "mimeType","filename","caption"}}, {@code {"type":"interactive","replyTo":"wamid...",
     * "optionId":"..."}}; also {@code name} (profile name), {@code replyTo} (context) and {@code signature}.
     */
    private Reply send(String waId, JsonObject body) {
        String type = Json.text(body, "type");
        type = type == null ? "text" : type;
        String replyTo = Json.text(body, "replyTo");
        WebhookChannel.Signature signature;
        try {
            signature = WebhookChannel.Signature.parse(Json.text(body, "signature"));
        } catch (IllegalArgumentException e) {
            throw ApiFailure.badRequest("SIGNATURE_TIDAK_VALID", e.getMessage());
        }
        String name = Json.text(body, "name");
        if (name != null && (name.isBlank() || name.length() > 100)) {
            throw ApiFailure.badRequest("NAMA_TIDAK_VALID", "name diisi 1 sampai 100 karakter.");
        }
        JsonObject content;
        Media item = null;
        switch (type) {
            case "text" -> {
                String text = Json.text(body, "text");
                if (text == null || text.isEmpty()) {
                    throw ApiFailure.badRequest("TEKS_WAJIB", "Pesan teks wajib berisi text.");
                }
                content = Json.object().add("body", text).build();
            }
            case "image", "document", "video" -> {
                item = media.add(upload(waId, type, body));
                content = WhatsAppJson.mediaReference(item, Json.text(body, "caption"));
            }
            case "interactive" -> {
                content = reply(waId, replyTo, Json.text(body, "optionId"));
            }
            default -> throw ApiFailure.badRequest("JENIS_TIDAK_DIDUKUNG", "Jenis pesan '" + type
                    + "' tidak dimainkan ponsel sandbox (text, image, document, video, interactive).");
        }
        if (replyTo != null && !type.equals("interactive") && conversations.outbound(replyTo) == null) {
            throw ApiFailure.notFound("PESAN_TIDAK_DITEMUKAN", "Pesan " + replyTo + " (replyTo) tidak pernah dikirim bisnis.");
        }
        Conversations.Received received = conversations.receive(waId, name, type, content, replyTo, signature);
        JsonObjectBuilder json = Json.object().add("module", "whatsapp").add("id", received.message().id()).add("type", type);
        if (item != null) {
            json.add("media_id", item.id());
        }
        json.add("envelope", received.message().envelope());
        if (signature != WebhookChannel.Signature.VALID) {
            WebhookChannel.Answer answer = received.answer();
            json.add("delivery", answer == null
                    ? Json.object().add("signature", signature.name().toLowerCase(java.util.Locale.ROOT)).addNull("status")
                            .add("body", "tidak ada langganan webhook yang terverifikasi")
                    : Json.object().add("signature", signature.name().toLowerCase(java.util.Locale.ROOT)).add("status", answer.status())
                            .add("body", answer.body()));
        }
        return Reply.json(201, json.build());
    }

    private Media upload(String waId, String type, JsonObject body) {
        String mimeType = Json.text(body, "mimeType");
        mimeType = mimeType == null ? DEFAULT_MIME.get(type) : mimeType.strip();
        String filename = Json.text(body, "filename");
        if (type.equals("document") && filename == null) {
            filename = "dokumen.pdf";
        }
        String data = Json.text(body, "data");
        JsonValue size = body.get("size");
        if ((data == null) == (size == null)) {
            throw ApiFailure.badRequest("MEDIA_TIDAK_VALID", "Isi tepat salah satu: data (isi berkas dalam base64) atau size (ukuran"
                    + " dalam byte; isinya dibuat sandbox).");
        }
        if (data != null) {
            byte[] bytes;
            try {
                bytes = Base64.getMimeDecoder().decode(data);
            } catch (IllegalArgumentException e) {
                throw ApiFailure.badRequest("MEDIA_TIDAK_VALID", "data bukan base64 yang valid.");
            }
            return Media.of(media.nextId(), mimeType, bytes, filename, waId, clock.instant());
        }
        if (!(size instanceof jakarta.json.JsonNumber number) || !number.isIntegral() || number.longValue() < 1
                || number.longValue() > MAX_DECLARED_SIZE) {
            throw ApiFailure.badRequest("MEDIA_TIDAK_VALID", "size harus bilangan bulat 1 sampai " + MAX_DECLARED_SIZE + ".");
        }
        return Media.declared(media.nextId(), mimeType, number.longValue(), filename, waId, clock.instant());
    }

    /** The interactive object of a reply to the business's button or list message {@code replyTo}. */
    private JsonObject reply(String waId, String replyTo, String optionId) {
        if (replyTo == null || optionId == null) {
            throw ApiFailure.badRequest("BALASAN_TIDAK_LENGKAP", "Balasan interaktif wajib berisi replyTo (wamid pesan bisnis) dan optionId.");
        }
        Outbound original = conversations.outbound(replyTo);
        if (original == null || !original.waId().equals(waId) || !original.form().type().equals("interactive")) {
            throw ApiFailure.notFound("PESAN_TIDAK_DITEMUKAN", "Ponsel " + waId + " tidak menerima pesan interaktif " + replyTo + ".");
        }
        JsonObject interactive = original.form().content();
        JsonObject option = WhatsAppJson.option(interactive, optionId);
        if (option == null) {
            throw ApiFailure.unprocessable("PILIHAN_TIDAK_ADA", "Pesan " + replyTo + " tidak memiliki pilihan '" + optionId + "'.");
        }
        String kind = interactive.getString("type").equals("button") ? "button_reply" : "list_reply";
        return Json.object().add("type", kind).add(kind, option).build();
    }

    private JsonObject inbox(String waId) {
        Conversations.Phone phone = conversations.knownPhone(waId);
        JsonArrayBuilder messages = Json.array();
        if (phone != null) {
            phone.inbox().forEach(m -> messages.add(WhatsAppJson.inboxEntry(m, media, BASE)));
        }
        return Json.object().add("module", "whatsapp").add("wa_id", waId).add("name", phone == null ? "" : phone.name())
                .add("messages", messages).build();
    }

    /** {@code {"ids":["wamid..."]}} or no body (everything unread): read webhooks; → the ids read now. */
    private Reply read(String waId, Request request) {
        Conversations.Phone phone = conversations.knownPhone(waId);
        if (phone == null) {
            throw ApiFailure.notFound("PONSEL_TIDAK_DITEMUKAN", "Ponsel " + waId + " belum menerima pesan.");
        }
        Set<String> ids = null;
        if (request.body().length > 0 && request.json().get("ids") instanceof JsonArray array) {
            ids = new HashSet<>();
            for (JsonValue value : array) {
                if (value instanceof JsonString id) {
                    ids.add(id.getString());
                }
            }
        }
        List<Outbound> read = conversations.read(phone, ids);
        JsonArrayBuilder json = Json.array();
        read.forEach(m -> json.add(m.id()));
        return Reply.ok(Json.object().add("module", "whatsapp").add("wa_id", waId).add("read", json).build());
    }

    private JsonObject message(String id) {
        Outbound sent = conversations.outbound(id);
        if (sent != null) {
            return Json.object().add("direction", "outbound").add("wa_id", sent.waId())
                    .add("message", WhatsAppJson.inboxEntry(sent, media, BASE)).build();
        }
        Inbound received = conversations.inbound(id);
        if (received != null) {
            return Json.object().add("direction", "inbound").add("wa_id", received.waId()).add("envelope", received.envelope()).build();
        }
        throw ApiFailure.notFound("PESAN_TIDAK_DITEMUKAN", "Pesan " + id + " tidak ditemukan.");
    }

    /** {@code {"id":"wamid..."}}: the phone's message is delivered again, the same bytes. */
    private Reply replay(JsonObject body) {
        String id = Json.text(body, "id");
        Inbound received = id == null ? null : conversations.inbound(id);
        if (received == null) {
            throw ApiFailure.notFound("PESAN_TIDAK_DITEMUKAN", "Pesan masuk " + id + " tidak ditemukan (hanya pesan dari ponsel yang"
                    + " ditandatangani dengan benar yang dapat dikirim ulang).");
        }
        conversations.replay(received);
        return Reply.json(202, Json.object().add("module", "whatsapp").add("id", id).add("replayed", true).build());
    }
}

package id.lintas.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A resident's phone in the WhatsApp sandbox the test run started ({@link EmbeddedPostgresSession}):
 * it writes to the office's number through the sandbox's admin API
 * ({@code POST /sandbox/admin/whatsapp/phones/{wa_id}/messages}), the sandbox delivers that to
 * Payara's webhook as Meta would (signed, retried), and what Lintas answers through the Cloud API
 * lands in the phone's inbox ({@code GET .../inbox}), which the phone reads with a timeout.
 *
 * <p>The phone keeps a cursor on its inbox: {@link #awaitReply}, {@link #awaitReplies} and
 * {@link #awaitMessage} hand out each of the office's messages once, oldest first, so a test reads
 * the conversation as the resident would, turn by turn:
 *
 * <pre>{@code
 * Phone phone = Phone.fresh("Siti Aminah");
 * phone.text("halo");
 * Phone.Message menu = phone.awaitMessage(m -> m.hasOption("svc:BIRTH"), Phone.TIMEOUT);
 * phone.tap(menu, "svc:BIRTH");
 * phone.awaitMessage(m -> m.text().contains("KK"), Phone.TIMEOUT);
 * phone.image(Phone.JPEG);
 * }</pre>
 *
 * Every wait fails with the messages it saw, so a conversation that went elsewhere says where.
 * Each test should use its own phone ({@link #fresh}): Lintas keeps one conversation per number.
 * See sandbox/API.md, "WhatsApp: simulated phones".
 */
final class Phone {
    /** Long enough for a turn on a busy machine: webhook, the conversation relay (1 s) and the outbox (1 s). */
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The smallest file Lintas takes as a JPEG photo (it checks the first bytes, not the name). */
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1,
        0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};
    /** A file Lintas takes as a PDF (a scan's first bytes). */
    static final byte[] PDF = "%PDF-1.4\n% scan persyaratan\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration POLL = Duration.ofMillis(200);

    private final String waId;
    private final String name;
    private int read;

    private Phone(String waId, String name) {
        if (!waId.matches("[1-9][0-9]{7,14}")) {
            throw new IllegalArgumentException("a wa_id is 8-15 digits in international form, not " + waId);
        }
        this.waId = waId;
        this.name = name;
    }

    /** The phone with this number (a resident the test names), writing under {@code name} (its WhatsApp profile name). */
    static Phone of(String waId, String name) {
        return new Phone(waId, name);
    }

    /** A phone with a new Indonesian mobile number (+62 812 ...), so the test's conversation is its own. */
    static Phone fresh(String name) {
        return new Phone("62812" + String.format("%08d", RANDOM.nextInt(100_000_000)), name);
    }

    /** The number, as Meta's {@code wa_id}. */
    String waId() {
        return waId;
    }

    // ---------------------------------------------------------------- writing to the office

    /** What the sandbox made of a message the phone sent: its wamid, the media id of its file, the webhook envelope. */
    record Sent(String wamid, String mediaId, JsonObject envelope, JsonObject delivery) {
        /** For a message sent with a wrong or missing signature: the HTTP status Payara answered the delivery with. */
        int deliveryStatus() {
            if (delivery == null || delivery.isNull("status")) {
                throw new IllegalStateException("no delivery outside the queue: " + delivery);
            }
            return delivery.getInt("status");
        }
    }

    /** Sends a text. */
    Sent text(String text) {
        return send(Json.createObjectBuilder().add("type", "text").add("text", text));
    }

    /** Sends a photo (JPEG). */
    Sent image(byte[] bytes) {
        return media("image", bytes, "image/jpeg", null);
    }

    /** Sends a file as a document, with the name and type the phone gives it (which need not be what the bytes are). */
    Sent document(byte[] bytes, String filename, String mimeType) {
        return media("document", bytes, mimeType, filename);
    }

    /**
     * Sends a file of {@code size} bytes the sandbox makes up (filler, never stored): a 40 MB video
     * without sending 40 MB. {@code type} is {@code image}, {@code document} or {@code video}.
     */
    Sent declaredMedia(String type, long size, String mimeType, String filename) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("type", type).add("size", size).add("mimeType", mimeType);
        if (filename != null) {
            body.add("filename", filename);
        }
        return send(body);
    }

    /** Taps the option {@code optionId} (a button's or a list row's id) of the office's interactive message. */
    Sent tap(Message interactive, String optionId) {
        if (!interactive.hasOption(optionId)) {
            throw new AssertionError("message " + interactive.id() + " offers no option " + optionId + ": " + interactive);
        }
        return send(Json.createObjectBuilder().add("type", "interactive").add("replyTo", interactive.id()).add("optionId", optionId));
    }

    /**
     * Sends a text whose delivery is signed wrongly ({@code "wrong"}) or not at all ({@code "missing"}):
     * posted once, now, outside the sandbox's queue; {@link Sent#deliveryStatus()} is Payara's answer.
     */
    Sent forgedText(String text, String signature) {
        return send(Json.createObjectBuilder().add("type", "text").add("text", text).add("signature", signature));
    }

    /** Has the sandbox deliver one of this phone's messages again, the same bytes (as Meta does when it heard no 200). */
    void replay(String wamid) {
        admin("POST", "/sandbox/admin/whatsapp/replay", Json.createObjectBuilder().add("id", wamid).build().toString(), 202);
    }

    /** Sends a message body as the sandbox's phone API takes it ({@code type}, {@code text}, {@code data}, ...). */
    Sent send(JsonObjectBuilder body) {
        JsonObject answer = json(admin("POST", "/sandbox/admin/whatsapp/phones/" + waId + "/messages",
                body.add("name", name).build().toString(), 201));
        return new Sent(answer.getString("id"), answer.getString("media_id", null), answer.getJsonObject("envelope"),
                answer.containsKey("delivery") ? answer.getJsonObject("delivery") : null);
    }

    private Sent media(String type, byte[] bytes, String mimeType, String filename) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("type", type).add("mimeType", mimeType)
                .add("data", Base64.getEncoder().encodeToString(bytes));
        if (filename != null) {
            body.add("filename", filename);
        }
        return send(body);
    }

    // ---------------------------------------------------------------- reading what the office sent

    /**
     * One of the office's messages in the phone's inbox: {@code type} {@code text}, {@code interactive}
     * (buttons or a list: {@link #options()}), {@code template}, {@code document} or {@code image}.
     */
    record Message(String id, String type, JsonObject json) {
        /** What the resident reads: a text's body, an interactive message's body, a file's caption, a template's name and parameters. */
        String text() {
            return switch (type) {
                case "text" -> json.getString("text", "");
                case "interactive" -> json.getJsonObject("interactive").getString("body", "");
                case "template" -> json.getJsonObject("template").toString();
                case "document", "image" -> json.getJsonObject(type).getString("caption", "");
                default -> json.toString();
            };
        }

        /** The ids of the buttons or list rows offered (empty for any other message). */
        List<String> options() {
            if (!"interactive".equals(type)) {
                return List.of();
            }
            return json.getJsonObject("interactive").getJsonArray("options").getValuesAs(JsonObject.class).stream()
                    .map(o -> o.getString("id")).toList();
        }

        boolean hasOption(String optionId) {
            return options().contains(optionId);
        }

        /** The file of a {@code document} or {@code image} message: filename, mime_type, file_size, sha256, media_id. */
        Optional<JsonObject> file() {
            return "document".equals(type) || "image".equals(type) ? Optional.of(json.getJsonObject(type)) : Optional.empty();
        }

        @Override
        public String toString() {
            return type + (options().isEmpty() ? "" : " " + options()) + ": " + text().replace('\n', ' ');
        }
    }

    /** Everything the office delivered to the phone, oldest first (read or not by the test). */
    List<Message> inbox() {
        JsonObject inbox = json(admin("GET", "/sandbox/admin/whatsapp/phones/" + waId + "/inbox", null, 200));
        return inbox.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .map(m -> new Message(m.getString("id"), m.getString("type"), m)).toList();
    }

    /** The next message of the office's the test has not read yet, waiting up to {@code timeout} for it. */
    Message awaitReply(Duration timeout) {
        return awaitReplies(1, timeout).get(0);
    }

    /** The next {@code count} unread messages, waiting up to {@code timeout} for all of them. */
    List<Message> awaitReplies(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Message> inbox = inbox();
        while (inbox.size() < read + count && System.nanoTime() < deadline) {
            sleep();
            inbox = inbox();
        }
        if (inbox.size() < read + count) {
            throw new AssertionError("phone " + waId + " waited " + timeout.toSeconds() + " s for " + count + " more message(s) of the"
                    + " office's; it has " + (inbox.size() - read) + " unread: " + describe(inbox.subList(read, inbox.size())));
        }
        List<Message> replies = List.copyOf(inbox.subList(read, read + count));
        read += count;
        return replies;
    }

    /**
     * Reads the office's messages until one matches, waiting up to {@code timeout}: returns it; the
     * ones before it are read too (a checklist before its first question, say).
     */
    Message awaitMessage(Predicate<Message> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Message> skipped = new ArrayList<>();
        while (true) {
            List<Message> inbox = inbox();
            while (read < inbox.size()) {
                Message m = inbox.get(read++);
                if (matching.test(m)) {
                    return m;
                }
                skipped.add(m);
            }
            if (System.nanoTime() >= deadline) {
                throw new AssertionError("phone " + waId + " waited " + timeout.toSeconds() + " s for a message of the office's that"
                        + " matches; it read " + describe(skipped) + ", its whole inbox: " + describe(inbox));
            }
            sleep();
        }
    }

    /** Reads the office's messages until one whose text contains {@code words}. */
    Message awaitText(String words, Duration timeout) {
        return awaitMessage(m -> m.text().contains(words), timeout);
    }

    /** Waits {@code quiet} and returns what arrived unread meanwhile (and before), marking it read: "nothing more came". */
    List<Message> repliesWithin(Duration quiet) {
        try {
            Thread.sleep(quiet.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<Message> inbox = inbox();
        List<Message> unread = List.copyOf(inbox.subList(read, inbox.size()));
        read = inbox.size();
        return unread;
    }

    /** The bytes of a file the office sent (a document or an image in the inbox), as the phone downloads it. */
    byte[] download(Message document) {
        JsonObject file = document.file().orElseThrow(() -> new AssertionError("not a file: " + document));
        HttpResponse<byte[]> r = call("GET", file.getString("download"), null, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("download of " + file + ": " + r.statusCode());
        }
        return r.body();
    }

    /** The documents (type {@code document}) the office delivered to the phone so far, read or not. */
    List<Message> documents() {
        return inbox().stream().filter(m -> "document".equals(m.type())).toList();
    }

    // ---------------------------------------------------------------- the sandbox's admin API

    /** The sandbox's webhook subscription ({@code GET /sandbox/admin/whatsapp/webhook}): callbackUrl, deliveries, recent attempts. */
    static JsonObject webhook() {
        return json(admin("GET", "/sandbox/admin/whatsapp/webhook", null, 200));
    }

    /** The sandbox's WhatsApp counters ({@code GET /sandbox/admin/stats/whatsapp}). */
    static JsonObject stats() {
        return json(admin("GET", "/sandbox/admin/stats/whatsapp", null, 200));
    }

    /** Waits until the sandbox's subscription to Payara's webhook is verified (the handshake is retried every 2 s). */
    static void awaitSubscribed(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (webhook().isNull("subscription")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the WhatsApp sandbox is not subscribed to Payara's webhook: " + webhook());
            }
            sleep();
        }
    }

    /** An admin call; anything but {@code expected} is an error naming the sandbox's answer. */
    static String admin(String method, String path, String json, int expected) {
        HttpResponse<byte[]> r = call(method, path, json, HttpResponse.BodyHandlers.ofByteArray());
        String body = new String(r.body(), StandardCharsets.UTF_8);
        if (r.statusCode() != expected) {
            throw new IllegalStateException("sandbox " + method + " " + path + (json == null ? "" : " " + json) + ": " + r.statusCode()
                    + " " + body);
        }
        return body;
    }

    private static <T> HttpResponse<T> call(String method, String path, String json, HttpResponse.BodyHandler<T> handler) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Sandbox.baseUrl() + path)).timeout(Duration.ofSeconds(20))
                .header("X-Siak-Key", Sandbox.KEY);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
        }
        try {
            return HTTP.send(request.build(), handler);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("sandbox " + method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String describe(List<Message> messages) {
        return messages.isEmpty() ? "nothing" : messages.stream().map(Message::toString).collect(Collectors.joining(" | ", "[", "]"));
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "phone " + waId + " (" + name + ")";
    }
}

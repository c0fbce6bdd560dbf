package id.lintas.sandbox.whatsapp;

import id.lintas.sandbox.http.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The office's number and the phones that write to it: what the business sends (accepted with a
 * wamid, then played on the phones' thread: {@code sent} and {@code delivered} status webhooks, or
 * {@code failed} with 131047 outside the 24-hour window, 131053 when a link cannot be fetched),
 * what phones send (webhook envelopes, kept for replays), phones' inboxes and read receipts.
 * Thread-safe.
 */
final class Conversations implements AutoCloseable {
    private static final Duration SERVICE_WINDOW = Duration.ofHours(24);
    private static final Duration LINK_TIMEOUT = Duration.ofSeconds(10);

    /** A simulated phone: its wa_id, the profile name it shows, when it last wrote, what it got (delivered or read). */
    static final class Phone {
        private final String waId;
        private volatile String name;
        private volatile Instant lastInbound;
        private final List<Outbound> inbox = new CopyOnWriteArrayList<>();

        Phone(String waId) {
            this.waId = waId;
            this.name = "Warga " + waId.substring(Math.max(0, waId.length() - 4));
        }

        String waId() {
            return waId;
        }

        String name() {
            return name;
        }

        Instant lastInbound() {
            return lastInbound;
        }

        List<Outbound> inbox() {
            return List.copyOf(inbox);
        }
    }

    private final WhatsAppSettings settings;
    private final Clock clock;
    private final MediaStore media;
    private final WebhookChannel webhooks;
    private final WhatsAppJson json;
    private final ExecutorService phoneThread;
    private final HttpClient http;
    private final Map<String, Phone> phones = new ConcurrentHashMap<>();
    private final Map<String, Outbound> outbound = new ConcurrentHashMap<>();
    private final Map<String, Inbound> inbound = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    private volatile WhatsAppSandbox.SendListener listener;

    Conversations(WhatsAppSettings settings, Clock clock, MediaStore media, WebhookChannel webhooks) {
        this.settings = settings;
        this.clock = clock;
        this.media = media;
        this.webhooks = webhooks;
        this.json = new WhatsAppJson(settings);
        this.http = HttpClient.newBuilder().connectTimeout(LINK_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.phoneThread = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "whatsapp-phones");
            thread.setDaemon(true);
            return thread;
        });
    }

    void onSend(WhatsAppSandbox.SendListener listener) {
        this.listener = listener;
    }

    WhatsAppJson json() {
        return json;
    }

    Phone phone(String waId) {
        return phones.computeIfAbsent(waId, Phone::new);
    }

    /** The phone, or {@code null} when nothing was ever sent to or from it. */
    Phone knownPhone(String waId) {
        return phones.get(waId);
    }

    Outbound outbound(String id) {
        return outbound.get(id);
    }

    Inbound inbound(String id) {
        return inbound.get(id);
    }

    /** Accepts a checked message: it has its wamid now; its statuses follow on the phones' thread. */
    Outbound send(OutboundForm form) {
        Instant now = clock.instant();
        Outbound message = new Outbound(WhatsAppJson.wamid(form.waId(), sequence.incrementAndGet(), false), form, now);
        outbound.put(message.id(), message);
        count("sent." + form.type());
        WhatsAppSandbox.SendListener told = listener;
        if (told != null) {
            told.accepted(form.waId(), form.type(), now);
        }
        Phone phone = phone(form.waId());
        boolean windowClosed = settings.serviceWindow() && !form.type().equals("template")
                && (phone.lastInbound() == null || !now.isBefore(phone.lastInbound().plus(SERVICE_WINDOW)));
        onPhones(() -> play(message, phone, windowClosed));
        return message;
    }

    private void play(Outbound message, Phone phone, boolean windowClosed) {
        if (windowClosed) {
            fail(message, WhatsAppJson.statusError(131047, "Re-engagement message", "Message failed to send because more than 24 hours"
                    + " have passed since the customer last replied to this number."));
            return;
        }
        String fetched = null;
        if (message.form().link() != null) {
            try {
                fetched = fetch(message.form());
            } catch (IOException e) {
                fail(message, WhatsAppJson.statusError(131053, "Media upload error", "Downloading media from "
                        + message.form().link() + " failed: " + e.getMessage()));
                return;
            }
        }
        publishStatus(message, "sent");
        message.delivered(fetched);
        phone.inbox.add(message);
        publishStatus(message, "delivered");
    }

    private void fail(Outbound message, JsonObject error) {
        message.failed(error);
        count("failed");
        publishStatus(message, "failed");
    }

    private String fetch(OutboundForm form) throws IOException {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(form.link()).timeout(LINK_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new IOException("HTTP " + response.statusCode());
            }
            String mimeType = response.headers().firstValue("Content-Type").orElse("application/octet-stream").split(";")[0].strip();
            String path = form.link().getPath();
            String filename = form.content().getString("filename", path == null || path.endsWith("/") ? null
                    : path.substring(path.lastIndexOf('/') + 1));
            return media.add(Media.of(media.nextId(), mimeType, response.body(), filename, Media.BUSINESS, clock.instant())).id();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void publishStatus(Outbound message, String status) {
        count("statuses." + status);
        webhooks.publish(message.id(), message.waId(), bytes(json.status(message, status, clock.instant())));
    }

    /**
     * A phone sends {@code content} (the message's type object, e.g. {@code {"body":"..."}}) to the
     * business; {@code contextId} the business's message it replies to, or {@code null}. Signed
     * correctly it is queued like any delivery and opens the service window; otherwise it is sent
     * once, now, outside the queue, and only its {@link WebhookChannel.Answer} is kept.
     *
     * @param name the phone's profile name from now on, or {@code null} to keep it
     */
    Received receive(String waId, String name, String type, JsonObject content, String contextId, WebhookChannel.Signature signature) {
        Phone phone = phone(waId);
        if (name != null) {
            phone.name = name;
        }
        Instant now = clock.instant();
        String id = WhatsAppJson.wamid(waId, sequence.incrementAndGet(), true);
        JsonObjectBuilder message = Json.object();
        if (contextId != null) {
            message.add("context", Json.object().add("from", settings.displayPhoneNumber()).add("id", contextId));
        }
        message.add("from", waId).add("id", id).add("timestamp", WhatsAppJson.timestamp(now)).add("type", type).add(type, content);
        JsonObject envelope = json.inbound(waId, phone.name(), message.build());
        if (signature != WebhookChannel.Signature.VALID) {
            count("forged");
            return new Received(new Inbound(id, waId, type, envelope, now), webhooks.sendOnce(bytes(envelope), signature));
        }
        Inbound received = new Inbound(id, waId, type, envelope, now);
        inbound.put(id, received);
        phone.lastInbound = now;
        count("received." + type);
        webhooks.publish(id, waId, bytes(envelope));
        return new Received(received, null);
    }

    /** A phone's message and, for a forged or unsigned one, what the receiver answered ({@code null}: no subscription). */
    record Received(Inbound message, WebhookChannel.Answer answer) {
    }

    /** Delivers a phone's message again, the same bytes (same wamid), through the queue. */
    void replay(Inbound message) {
        count("replays");
        webhooks.publish(message.id(), message.waId(), bytes(message.envelope()));
    }

    /** The phone reads what it got ({@code ids} {@code null}: everything): a {@code read} webhook each; the messages read now. */
    List<Outbound> read(Phone phone, Set<String> ids) {
        List<Outbound> read = phone.inbox().stream().filter(m -> ids == null || ids.contains(m.id())).filter(Outbound::read).toList();
        read.forEach(m -> onPhones(() -> publishStatus(m, "read")));
        return read;
    }

    /** The business marks a phone's message read ({@code status: read}); whether the message exists. */
    boolean readByBusiness(String id) {
        boolean known = inbound.containsKey(id);
        if (known) {
            count("readByBusiness");
        }
        return known;
    }

    Map<String, Long> counters() {
        Map<String, Long> values = new TreeMap<>();
        counters.forEach((name, adder) -> values.put(name, adder.sum()));
        values.put("phones", (long) phones.size());
        return values;
    }

    /** Every message both ways, oldest first, as the export shows them. */
    List<Object> all() {
        List<Object> messages = new java.util.ArrayList<>();
        messages.addAll(outbound.values());
        messages.addAll(inbound.values());
        messages.sort(java.util.Comparator.comparing(m -> m instanceof Outbound o ? o.accepted() : ((Inbound) m).sent()));
        return messages;
    }

    @Override
    public void close() {
        phoneThread.shutdownNow();
    }

    private void onPhones(Runnable task) {
        try {
            phoneThread.execute(task);
        } catch (RejectedExecutionException closed) {
            // the sandbox is stopping
        }
    }

    private void count(String name) {
        counters.computeIfAbsent(name, n -> new LongAdder()).increment();
    }

    private static byte[] bytes(JsonObject json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}

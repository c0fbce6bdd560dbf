package id.lintas.devserver;

import id.lintas.sandbox.SandboxServer;
import id.lintas.sandbox.whatsapp.WhatsAppSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Issue 7's bar: how many concurrent WhatsApp conversations one server sustains. Simulated phones
 * of the WhatsApp sandbox each open a conversation ("halo", then the birth registration, so it is
 * collecting documents), then the phones send messages at a steady rate spread over the open
 * conversations (status and help commands, the service chosen again, small JPEG scans), and each
 * message's reply time is measured from the moment its phone sends it (so the webhook's queue,
 * the webhook, the conversation relay, the outbox relay and the Graph call are all in it) to the
 * moment the sandbox's messages endpoint accepts Lintas's first reply to that phone. A phone
 * sends again only after its reply, as a resident does. Target: 2,000 open conversations, 50
 * inbound messages a second, p99 reply under 500 ms on loopback.
 */
final class ConversationBenchmark {
    private static final String ADMIN = "/sandbox/admin/whatsapp";
    /** A small scan as a phone's camera sends it: a JPEG by its first bytes, a few kilobytes. */
    private static final String JPEG = Base64.getEncoder().encodeToString(jpeg(3_000));
    static final double TARGET_P99_MS = 500;

    /** A simulated resident: when its message in flight was sent ({@code 0}: none), its last reply, the scans it sent. */
    private static final class Phone {
        final String waId;
        final AtomicLong sentAt = new AtomicLong();
        volatile long repliedAt;
        volatile boolean measured;
        int scans;

        Phone(String waId) {
            this.waId = waId;
        }

        boolean idle(long now) {
            return sentAt.get() == 0 && now - repliedAt > 1_000_000_000L;
        }
    }

    private final SandboxServer sandbox;
    private final String jdbcUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4, ConversationBenchmark::daemon)).connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService senders = Executors.newFixedThreadPool(8, ConversationBenchmark::daemon);
    private final Map<String, Phone> phones = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Double> latenciesMs = new ConcurrentLinkedQueue<>();
    private final LongAdder replies = new LongAdder();
    private final LongAdder firstReplies = new LongAdder();
    private final LongAdder sendErrors = new LongAdder();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile String firstError;

    ConversationBenchmark(SandboxServer sandbox, String jdbcUrl) {
        this.sandbox = sandbox;
        this.jdbcUrl = jdbcUrl;
    }

    /** Payara's environment for the sandbox's WhatsApp number: every setting given, whatever Lintas's defaults. */
    static Map<String, String> env(SandboxServer sandbox) {
        WhatsAppSettings s = sandbox.whatsapp().settings();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LINTAS_WHATSAPP_URL", sandbox.baseUrl());
        env.put("LINTAS_WHATSAPP_VERSION", s.version());
        env.put("LINTAS_WHATSAPP_PHONE_NUMBER_ID", s.phoneNumberId());
        env.put("LINTAS_WHATSAPP_TOKEN", s.accessToken());
        env.put("LINTAS_WHATSAPP_APP_SECRET", s.appSecret());
        env.put("LINTAS_WHATSAPP_VERIFY_TOKEN", s.verifyToken());
        env.put("LINTAS_WHATSAPP_OFFICE", "3316");
        String workers = System.getProperty("bench.conversations.relay-workers"); // Lintas's default unless given
        if (workers != null) {
            env.put("LINTAS_WHATSAPP_RELAY_WORKERS", workers);
        }
        return env;
    }

    void run(int conversations, double rate, int seconds) throws Exception {
        int lanes = Integer.getInteger("bench.conversations.webhook-lanes", 8);
        sandbox.whatsapp().deliverWebhooksOn(lanes);
        System.out.printf("[bench] conversations: the sandbox delivers webhooks on %d connections (one phone's in order)%n", lanes);
        subscribe();
        sandbox.whatsapp().onSend((waId, type, at) -> replied(waId, System.nanoTime()));
        for (int i = 0; i < conversations; i++) {
            String waId = Long.toString(6281290000000L + i);
            phones.put(waId, new Phone(waId));
        }
        List<Phone> all = new ArrayList<>(phones.values());
        long t0 = System.nanoTime();
        int openRate = Integer.getInteger("bench.conversations.open-rate", 100);
        everyPhone(all, "halo", openRate);
        everyPhone(all, "1", openRate); // the birth registration: its checklist and the first document asked for
        awaitQuiet();
        long open = count("select count(*) from wa_conversation where state = 'COLLECTING'");
        System.out.printf("[bench] conversations: %,d opened (COLLECTING) from %,d phones in %.1f s%n", open, conversations,
                (System.nanoTime() - t0) / 1e9);

        int warmUp = Integer.getInteger("bench.conversations.warmup", 20);
        if (warmUp > 0) {
            drive(all, rate, warmUp, new Random(7));
            awaitQuiet();
        }
        latenciesMs.clear();
        all.forEach(p -> p.measured = false);
        long repliesBefore = replies.sum();
        long errorsBefore = sendErrors.sum();
        CpuTime cpu = CpuTime.start();
        java.sql.Timestamp from = new java.sql.Timestamp(System.currentTimeMillis());
        long start = System.nanoTime();
        long offered = drive(all, rate, seconds, new Random(42));
        double driven = (System.nanoTime() - start) / 1e9;
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        long errors = sendErrors.sum() - errorsBefore;
        long sent = offered - errors;
        long unanswered = all.stream().filter(p -> p.measured && p.sentAt.get() != 0).count();
        String cpuShares = cpu.describe(Math.max(1, latenciesMs.size()), "message");
        double[] ms = latenciesMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        long givenUp = count("select count(*) from wa_inbound where processed_at is not null and conversation_id is null");
        long dead = count("select count(*) from wa_outbound where status not in ('WAITING', 'SENT', 'DELIVERED', 'READ')");
        long stillOpen = count("select count(*) from wa_conversation where state in ('MENU', 'COLLECTING', 'CONFIRMING')");
        double achieved = sent / driven;
        boolean pass = stillOpen >= conversations && achieved >= 0.95 * rate && pct(ms, 0.99) < TARGET_P99_MS && unanswered == 0
                && errors == 0 && givenUp == 0;
        System.out.printf("[bench] conversations: %,d open during the run (target %,d)%n", stillOpen, conversations);
        System.out.printf("[bench]   inbound: offered %.1f/s, achieved %.1f/s (%,d messages in %.1f s, after a %d s warm-up)%n",
                offered / driven, achieved, sent, driven, warmUp);
        System.out.printf("[bench]   replies: %,d messages from Lintas in all, %,d first replies timed, %,d unanswered after 10 s%n",
                replies.sum() - repliesBefore, ms.length, unanswered);
        System.out.printf("[bench]   reply time (phone sends -> Graph messages endpoint accepts the first reply): p50 %.1f ms,"
                + " p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", pct(ms, 0.50), pct(ms, 0.90), pct(ms, 0.99),
                ms.length == 0 ? 0 : ms[ms.length - 1]);
        System.out.printf("[bench]   errors: %,d phone sends refused%s, %,d messages given up by Lintas, %,d replies not delivered%n",
                errors, firstError == null ? "" : " (first: " + firstError + ")", givenUp, dead);
        System.out.println("[bench]   where the time went: " + stages(from));
        System.out.println("[bench]   " + cpuShares);
        System.out.printf("[bench] %s: %,d open conversations, %.1f inbound messages/s, p99 reply %.1f ms (target %,d, %.0f/s,"
                + " p99 < %.0f ms)%n", pass ? "PASS" : "FAIL", stillOpen, achieved, pct(ms, 0.99), conversations, rate, TARGET_P99_MS);
        senders.shutdownNow();
    }

    /** Sends {@code text} from every phone, {@code perSecond} at most, then waits until each has its reply. */
    private void everyPhone(List<Phone> all, String text, int perSecond) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < all.size(); i++) {
            long due = start + (long) (i * 1e9 / perSecond);
            while (System.nanoTime() < due || inFlight.get() >= 400) {
                Thread.sleep(2);
            }
            send(all.get(i), "{\"type\":\"text\",\"text\":\"" + text + "\"}");
        }
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** Sends {@code rate} messages a second for {@code seconds} from idle phones; returns how many were offered. */
    private long drive(List<Phone> all, double rate, int seconds, Random random) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long offered = 0;
        while (System.nanoTime() < end) {
            long due = (long) ((System.nanoTime() - start) / 1e9 * rate);
            for (; offered < due; offered++) {
                Phone phone = idlePhone(all, random);
                if (phone == null) {
                    sendErrors.increment();
                    firstError = firstError == null ? "no idle phone" : firstError;
                    continue;
                }
                phone.measured = true;
                send(phone, message(phone, random));
            }
            Thread.sleep(2);
        }
        return offered;
    }

    private static Phone idlePhone(List<Phone> all, Random random) {
        long now = System.nanoTime();
        for (int tries = 0; tries < 50; tries++) {
            Phone p = all.get(random.nextInt(all.size()));
            if (p.idle(now)) {
                return p;
            }
        }
        return null;
    }

    /** The mix: status 35 %, help 20 %, the service chosen again 15 %, a scan 30 % (at most five a phone, keeping it collecting). */
    private static String message(Phone phone, Random random) {
        double r = random.nextDouble();
        if (r < 0.35) {
            return "{\"type\":\"text\",\"text\":\"status\"}";
        } else if (r < 0.55) {
            return "{\"type\":\"text\",\"text\":\"bantuan\"}";
        } else if (r < 0.70 || phone.scans >= 5) {
            return "{\"type\":\"text\",\"text\":\"1\"}";
        }
        phone.scans++;
        return "{\"type\":\"document\",\"mimeType\":\"image/jpeg\",\"filename\":\"scan.jpg\",\"data\":\"" + JPEG + "\"}";
    }

    /** The phone sends {@code body} now (its time taken before the call); refused sends are counted. */
    private void send(Phone phone, String body) {
        if (!phone.sentAt.compareAndSet(0, System.nanoTime())) {
            return;
        }
        inFlight.incrementAndGet();
        senders.execute(() -> {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + ADMIN + "/phones/"
                        + phone.waId + "/messages")).header("X-Siak-Key", SandboxServer.DEFAULT_KEY)
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 201) {
                    failed(phone, r.statusCode() + " " + r.body());
                }
            } catch (Exception e) {
                failed(phone, e.toString());
            }
        });
    }

    private void failed(Phone phone, String error) {
        sendErrors.increment();
        if (firstError == null) {
            firstError = error;
        }
        if (phone.sentAt.getAndSet(0) != 0) {
            inFlight.decrementAndGet();
        }
    }

    /** The sandbox accepted a message of Lintas's to {@code waId}: the first since the phone sent ends that message's wait. */
    private void replied(String waId, long now) {
        replies.increment();
        Phone phone = phones.get(waId);
        if (phone == null) {
            return;
        }
        long sentAt = phone.sentAt.get();
        if (sentAt != 0 && phone.sentAt.compareAndSet(sentAt, 0)) {
            phone.repliedAt = now;
            inFlight.decrementAndGet();
            firstReplies.increment();
            if (phone.measured) {
                latenciesMs.add((now - sentAt) / 1e6);
            }
        } else {
            phone.repliedAt = now;
        }
    }

    /** Until nothing is left to process or send, and a second has passed (a message's later replies). */
    private void awaitQuiet() throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline && (inFlight.get() > 0
                || count("select (select count(*) from wa_inbound where processed_at is null)"
                        + " + (select count(*) from wa_outbound where status = 'WAITING')") > 0)) {
            Thread.sleep(200);
        }
        Thread.sleep(1_500);
    }

    /** The sandbox's webhook subscribed to Lintas (Meta's handshake with the verify token). */
    private void subscribe() throws Exception {
        String body = "{\"callbackUrl\":\"" + Benchmark.BASE + "api/v1/whatsapp/webhook\",\"verifyToken\":\""
                + sandbox.whatsapp().settings().verifyToken() + "\"}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + ADMIN + "/webhook"))
                .header("X-Siak-Key", SandboxServer.DEFAULT_KEY).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the WhatsApp webhook could not be subscribed: " + r.statusCode() + " " + r.body());
        }
    }

    /**
     * From Lintas's tables, for the messages of the measured run: how long a stored message waited
     * for the conversation relay, and how long from its handling to the Graph API's answer for its replies.
     */
    private String stages(java.sql.Timestamp from) throws SQLException {
        String pct = "percentile_cont(0.5) within group (order by ms), percentile_cont(0.99) within group (order by ms)";
        try (Connection c = DriverManager.getConnection(jdbcUrl, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                java.sql.PreparedStatement s = c.prepareStatement("select " + pct + " from (select extract(epoch from"
                        + " processed_at - received_at) * 1000 as ms from wa_inbound where received_at >= ?) w union all select "
                        + pct + " from (select extract(epoch from sent_at - created_at) * 1000 as ms from wa_outbound"
                        + " where created_at >= ? and sent_at is not null) o")) {
            s.setTimestamp(1, from);
            s.setTimestamp(2, from);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                String waited = String.format("stored -> handling started p50 %.1f ms, p99 %.1f ms", rs.getDouble(1), rs.getDouble(2));
                rs.next();
                return waited + String.format("; handling started -> reply accepted by the Graph API p50 %.1f ms, p99 %.1f ms"
                        + " (the rest: the phone's webhook to the store)", rs.getDouble(1), rs.getDouble(2));
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The benchmark's threads do not keep the JVM (Maven's exec:java waits for every other thread) alive. */
    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "conversation-benchmark");
        t.setDaemon(true);
        return t;
    }

    private static double pct(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)];
    }

    private static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 0x55);
        byte[] head = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[size - 2] = (byte) 0xFF;
        bytes[size - 1] = (byte) 0xD9;
        return bytes;
    }
}

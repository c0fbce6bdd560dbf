package id.lintas.sandbox.whatsapp;

import id.lintas.sandbox.courier.webhook.RetrySchedule;
import id.lintas.sandbox.courier.webhook.WebhookSigner;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The app's webhook subscription as Meta runs it: subscribing performs the verification handshake
 * ({@code GET <callback>?hub.mode=subscribe&hub.challenge=<n>&hub.verify_token=<token>}; the receiver
 * must answer 200 with exactly the challenge), and only a verified subscription gets deliveries.
 * Deliveries are POSTs of the exact envelope bytes, signed {@code X-Hub-Signature-256: sha256=<hex
 * HMAC-SHA256 of the body with the app secret>}, one at a time in the order they were published; a
 * delivery is retried (per {@link RetrySchedule}) on a non-2xx answer or none, with the same bytes,
 * and the next one waits until it is delivered or given up. What is published before a subscription
 * is verified waits for one (Meta would drop it; a sandbox that starts before the gateway should
 * not). Runs on a thread of its own; thread-safe.
 *
 * <p>Meta delivers on many connections at once. Embedded, {@link #lanes(int)} spreads deliveries
 * over that many lanes, each with its own connection thread, by phone: one phone's deliveries
 * (its messages, the statuses of what it was sent) still go one at a time in publication order.
 */
final class WebhookChannel implements AutoCloseable {
    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";
    private static final Logger LOG = Logger.getLogger(WebhookChannel.class.getName());
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final long HANDSHAKE_RETRY_MS = 2_000;
    private static final int RECENT = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How a delivery is signed: correctly (always, for queued ones), not at all, or with another secret. */
    enum Signature {
        VALID, MISSING, WRONG;

        static Signature parse(String value) {
            if (value == null) {
                return VALID;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("signature harus valid, missing atau wrong, bukan '" + value + "'.");
            }
        }
    }

    /** A verified subscription: where deliveries go, the token it was verified with, when. */
    record Subscription(URI callbackUrl, String verifyToken, Instant verifiedAt) {
    }

    /** What a receiver answered: its status ({@code -1}: no answer) and body, or why there was no answer. */
    record Answer(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** The receiver did not pass the verification handshake; the message says how. */
    static final class HandshakeFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HandshakeFailed(String message) {
            super(message, null, false, false);
        }
    }

    private record Delivery(String ref, byte[] body) {
    }

    /** Deliveries that go one at a time in publication order, and the head's attempts. */
    private static final class Lane {
        final Deque<Delivery> queue = new ArrayDeque<>();
        boolean busy;
        int attemptsOfHead;
    }

    /** One attempt, for the admin API's view of recent deliveries. */
    record Attempt(String ref, int attempt, int status, Instant at) {
    }

    private final WebhookSigner signer;
    private final WebhookSigner wrongSigner;
    private final RetrySchedule retries;
    private final Clock clock;
    private final HttpClient http;
    private final java.util.concurrent.ScheduledThreadPoolExecutor executor;
    private final List<Lane> lanes = new ArrayList<>(List.of(new Lane()));
    private final Deque<Attempt> recent = new ArrayDeque<>();
    private Subscription subscription;
    private ScheduledFuture<?> pendingHandshake;
    private long generation;
    private final LongAdder published = new LongAdder();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder attempts = new LongAdder();
    private final LongAdder failedAttempts = new LongAdder();
    private final LongAdder handshakes = new LongAdder();
    private final LongAdder failedHandshakes = new LongAdder();

    WebhookChannel(String appSecret, RetrySchedule retries, Clock clock) {
        this.signer = new WebhookSigner(appSecret);
        this.wrongSigner = new WebhookSigner("not-" + appSecret);
        this.retries = retries;
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.executor = new java.util.concurrent.ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "whatsapp-webhook");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The verified subscription, or {@code null}. */
    synchronized Subscription subscription() {
        return subscription;
    }

    RetrySchedule retries() {
        return retries;
    }

    /**
     * Performs the handshake against {@code callbackUrl} now and, when the receiver echoes the
     * challenge, makes it the subscription (waiting deliveries start). A failed handshake keeps the
     * earlier subscription, as Meta's dashboard does.
     *
     * @throws HandshakeFailed with what the receiver answered
     */
    Subscription subscribe(URI callbackUrl, String verifyToken) {
        long mine;
        synchronized (this) {
            cancelPendingHandshake();
            mine = ++generation;
        }
        handshake(callbackUrl, verifyToken);
        return adopt(callbackUrl, verifyToken, mine);
    }

    /** As {@link #subscribe}, on the channel's thread, again every 2 s until it succeeds (a sandbox started before the gateway). */
    synchronized void subscribeInBackground(URI callbackUrl, String verifyToken) {
        cancelPendingHandshake();
        long mine = ++generation;
        pendingHandshake = schedule(() -> handshakeInBackground(callbackUrl, verifyToken, mine), 0);
    }

    private void handshakeInBackground(URI callbackUrl, String verifyToken, long mine) {
        try {
            handshake(callbackUrl, verifyToken);
            adopt(callbackUrl, verifyToken, mine);
            LOG.info(() -> "WhatsApp webhook verified at " + callbackUrl);
        } catch (HandshakeFailed e) {
            synchronized (this) {
                if (mine == generation) {
                    pendingHandshake = schedule(() -> handshakeInBackground(callbackUrl, verifyToken, mine), HANDSHAKE_RETRY_MS);
                }
            }
        }
    }

    /** Makes a verified callback the subscription unless a later subscribe or unsubscribe came first; the subscription now. */
    private synchronized Subscription adopt(URI callbackUrl, String verifyToken, long mine) {
        if (mine == generation) {
            subscription = new Subscription(callbackUrl, verifyToken, clock.instant());
            wake();
        }
        return subscription;
    }

    /** Ends the subscription: deliveries wait until there is a new one. */
    synchronized void unsubscribe() {
        cancelPendingHandshake();
        generation++;
        subscription = null;
    }

    private void cancelPendingHandshake() {
        if (pendingHandshake != null) {
            pendingHandshake.cancel(false);
            pendingHandshake = null;
        }
    }

    private void handshake(URI callbackUrl, String verifyToken) {
        handshakes.increment();
        String challenge = Integer.toString(1_000_000_000 + RANDOM.nextInt(1_000_000_000));
        String query = "hub.mode=subscribe&hub.challenge=" + challenge + "&hub.verify_token="
                + URLEncoder.encode(verifyToken, StandardCharsets.UTF_8);
        String url = callbackUrl.toString();
        URI target = URI.create(url + (callbackUrl.getRawQuery() == null ? "?" : "&") + query);
        Answer answer = exchange(HttpRequest.newBuilder(target).GET());
        String problem = null;
        if (answer.status() < 0) {
            problem = "no answer (" + answer.body() + ")";
        } else if (answer.status() != 200) {
            problem = "HTTP " + answer.status();
        } else if (!answer.body().strip().equals(challenge)) {
            problem = "HTTP 200 but the body is not the challenge " + challenge;
        }
        if (problem != null) {
            failedHandshakes.increment();
            throw new HandshakeFailed("The callback URL or verify token couldn't be validated: GET " + callbackUrl + " answered " + problem + ".");
        }
    }

    /**
     * Queues the exact {@code body} for delivery (signed correctly), in the lane of {@code phone} (its
     * wa_id); {@code ref} names it in the recent list (a wamid).
     */
    synchronized void publish(String ref, String phone, byte[] body) {
        published.increment();
        Lane lane = lanes.get(Math.floorMod(phone.hashCode(), lanes.size()));
        lane.queue.add(new Delivery(ref, body.clone()));
        wake(lane);
    }

    /**
     * Delivers on {@code count} lanes (connections) at once from now on, by phone; 1 (the default)
     * delivers everything one at a time. Set it before phones write: what is queued stays in its lane.
     */
    synchronized void lanes(int count) {
        if (count < 1 || count > 64) {
            throw new IllegalArgumentException("1-64 lanes");
        }
        while (lanes.size() < count) {
            lanes.add(new Lane());
        }
        while (lanes.size() > count && lanes.get(lanes.size() - 1).queue.isEmpty() && !lanes.get(lanes.size() - 1).busy) {
            lanes.remove(lanes.size() - 1);
        }
        executor.setCorePoolSize(count);
    }

    /**
     * Delivers {@code body} once, now, signed as {@code signature} says, outside the queue and
     * without retries: for the gateway's tests of forged or unsigned deliveries, which Meta never
     * sends. {@code null} when there is no subscription.
     */
    Answer sendOnce(byte[] body, Signature signature) {
        Subscription target = subscription();
        if (target == null) {
            return null;
        }
        return post(target.callbackUrl(), body, signature);
    }

    /** Published, delivered (2xx), given up, waiting; attempts and failed attempts; handshakes and failed handshakes. */
    synchronized Map<String, Long> counters() {
        return Map.of("published", published.sum(), "delivered", delivered.sum(), "failed", failed.sum(),
                "pending", lanes.stream().mapToLong(l -> l.queue.size()).sum(),
                "attempts", attempts.sum(), "failedAttempts", failedAttempts.sum(), "handshakes", handshakes.sum(),
                "failedHandshakes", failedHandshakes.sum());
    }

    /** The last attempts, newest last. */
    synchronized List<Attempt> recent() {
        return new ArrayList<>(recent);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Starts each lane's head's delivery when there is a subscription. */
    private void wake() {
        lanes.forEach(this::wake);
    }

    /** Starts the lane's head's delivery when there is a subscription, something to deliver and no delivery under way. */
    private void wake(Lane lane) {
        if (!lane.busy && subscription != null && !lane.queue.isEmpty()) {
            lane.busy = true;
            schedule(() -> attempt(lane), 0);
        }
    }

    private void attempt(Lane lane) {
        Delivery head;
        int attempt;
        URI target;
        synchronized (this) {
            if (subscription == null || lane.queue.isEmpty()) {
                lane.busy = false;
                return;
            }
            head = lane.queue.peek();
            attempt = ++lane.attemptsOfHead;
            target = subscription.callbackUrl();
        }
        attempts.increment();
        Answer answer = post(target, head.body(), Signature.VALID);
        synchronized (this) {
            recent.add(new Attempt(head.ref(), attempt, answer.status(), clock.instant()));
            while (recent.size() > RECENT) {
                recent.poll();
            }
            if (!answer.ok()) {
                failedAttempts.increment();
                if (attempt < retries.attempts()) {
                    schedule(() -> attempt(lane), retries.delays().get(attempt - 1).toMillis());
                    return;
                }
            }
            (answer.ok() ? delivered : failed).increment();
            lane.queue.poll();
            lane.attemptsOfHead = 0;
            lane.busy = false;
            wake(lane);
        }
    }

    private Answer post(URI url, byte[] body, Signature signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json")
                .header("User-Agent", "facebookexternalua");
        switch (signature) {
            case VALID -> request.header(SIGNATURE_HEADER, signer.sign(body));
            case WRONG -> request.header(SIGNATURE_HEADER, wrongSigner.sign(body));
            case MISSING -> { }
        }
        return exchange(request);
    }

    private Answer exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(READ_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            LOG.log(Level.FINE, "WhatsApp webhook request failed", e);
            return new Answer(-1, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "interrupted");
        }
    }

    private ScheduledFuture<?> schedule(Runnable task, long delayMs) {
        try {
            return executor.schedule(task, delayMs, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            LOG.fine("WhatsApp webhook channel closed: nothing more is delivered");
            return null;
        }
    }
}

package id.lintas.sandbox.courier.webhook;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers webhook events by HTTP POST, signed, on threads of its own: publishing never waits for
 * the receiver. The events of one order go one after the other, in the order they were published:
 * an event is retried (per {@link RetrySchedule}) on a non-2xx answer or no answer, and the next
 * event of that order waits until it was delivered or given up. Events of different orders go in
 * parallel. Thread-safe; {@link #close()} stops delivering.
 */
public final class WebhookDispatcher implements AutoCloseable {
    public static final String EVENT_ID_HEADER = "X-Courier-Event-Id";
    public static final String EVENT_HEADER = "X-Courier-Event";
    public static final String ATTEMPT_HEADER = "X-Courier-Delivery-Attempt";
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    private static final int THREADS = 4;
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;

    private final WebhookSigner signer;
    private final RetrySchedule retries;
    private final ScheduledExecutorService executor;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final AtomicLong eventSequence = new AtomicLong();
    private final LongAdder published = new LongAdder();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder attempts = new LongAdder();
    private final LongAdder failedAttempts = new LongAdder();

    public WebhookDispatcher(WebhookSigner signer, RetrySchedule retries) {
        this.signer = signer;
        this.retries = retries;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newScheduledThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "courier-webhook-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Queues {@code event} for {@code url} behind the order's earlier events and returns its id
     * ({@code EVT-00000001}, the {@value #EVENT_ID_HEADER} of every attempt).
     */
    public String publish(String orderId, URI url, String eventName, JsonObject event) {
        byte[] body = event.toString().getBytes(StandardCharsets.UTF_8);
        String id = String.format("EVT-%08d", eventSequence.incrementAndGet());
        published.increment();
        lanes.computeIfAbsent(orderId, key -> new Lane()).add(new WebhookEvent(id, eventName, orderId, url, body, signer.sign(body)));
        return id;
    }

    public RetrySchedule retries() {
        return retries;
    }

    /** Events published, delivered (a 2xx answer), given up, not yet done; attempts made and how many failed. */
    public Map<String, Long> counters() {
        long done = delivered.sum() + failed.sum();
        return Map.of("published", published.sum(), "delivered", delivered.sum(), "failed", failed.sum(),
                "pending", Math.max(0, published.sum() - done), "attempts", attempts.sum(), "failedAttempts", failedAttempts.sum());
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** The queue of one order: at most one attempt at a time, the head first. */
    private final class Lane {
        private final Deque<WebhookEvent> queue = new ArrayDeque<>();
        private boolean busy;
        private int attemptsOfHead;

        synchronized void add(WebhookEvent event) {
            queue.add(event);
            if (!busy) {
                busy = true;
                schedule(0);
            }
        }

        private void attempt() {
            WebhookEvent head;
            int attempt;
            synchronized (this) {
                head = queue.peek();
                attempt = ++attemptsOfHead;
            }
            boolean ok = post(head, attempt);
            synchronized (this) {
                if (!ok && attempt < retries.attempts()) {
                    schedule(retries.delayAfter(attempt).toMillis());
                    return;
                }
                (ok ? delivered : failed).increment();
                queue.poll();
                attemptsOfHead = 0;
                if (queue.isEmpty()) {
                    busy = false;
                } else {
                    schedule(0);
                }
            }
        }

        private void schedule(long delayMs) {
            try {
                executor.schedule(this::attempt, delayMs, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closed) {
                LOG.fine("Webhook dispatcher closed: the order's remaining events are not delivered");
            }
        }
    }

    /** One attempt: whether the receiver answered 2xx. */
    private boolean post(WebhookEvent event, int attempt) {
        attempts.increment();
        try {
            HttpURLConnection connection = (HttpURLConnection) event.url().toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
            connection.setReadTimeout(READ_TIMEOUT_MS);
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(event.body().length);
            connection.setRequestProperty("Content-Type", "application/json; charset=utf-8");
            connection.setRequestProperty("User-Agent", "courier-sandbox-webhooks/1");
            connection.setRequestProperty(EVENT_HEADER, event.name());
            connection.setRequestProperty(EVENT_ID_HEADER, event.id());
            connection.setRequestProperty(ATTEMPT_HEADER, Integer.toString(attempt));
            connection.setRequestProperty(WebhookSigner.HEADER, event.signature());
            try (OutputStream out = connection.getOutputStream()) {
                out.write(event.body());
            }
            int status = connection.getResponseCode();
            drain(status < 400 ? connection.getInputStream() : connection.getErrorStream());
            if (status >= 200 && status < 300) {
                return true;
            }
            LOG.fine(() -> "Webhook " + event.id() + " to " + event.url() + ": HTTP " + status + " (attempt " + attempt + ")");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Webhook " + event.id() + " to " + event.url() + " failed (attempt " + attempt + ")", e);
        }
        failedAttempts.increment();
        return false;
    }

    private static void drain(InputStream in) throws IOException {
        if (in != null) {
            try (in) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
    }
}

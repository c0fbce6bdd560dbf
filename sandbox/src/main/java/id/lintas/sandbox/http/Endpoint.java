package id.lintas.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.lintas.sandbox.fault.FaultDecision;
import id.lintas.sandbox.fault.FaultInjector;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP handler of one API (a context of the server): applies the fault of its system if it
 * has one, checks the {@link ApiKey}, dispatches to the {@link Router} and writes the
 * {@link Reply}. Failures are written in the API's {@link ErrorFormat}. Delays and held requests
 * wait on a scheduler, not on a worker thread, so a slow or silent system never starves the admin
 * API.
 */
public final class Endpoint implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(Endpoint.class.getName());
    /** The largest request body an API takes unless it says otherwise: 1 MB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

    private final ApiKey key;
    private final ErrorFormat errors;
    private final Router router;
    private final FaultInjector faults;
    private final Executor workers;
    private final ScheduledExecutorService scheduler;
    private final int maxBodyBytes;
    private final LongAdder requests = new LongAdder();
    private final LongAdder unauthorized = new LongAdder();

    /** @param faults the fault injector of the system behind this API, {@code null} for one that never fails */
    public Endpoint(ApiKey key, ErrorFormat errors, Router router, FaultInjector faults, Executor workers,
            ScheduledExecutorService scheduler) {
        this(key, errors, router, faults, workers, scheduler, DEFAULT_MAX_BODY_BYTES);
    }

    /** As above, taking request bodies up to {@code maxBodyBytes} (larger: 413). */
    public Endpoint(ApiKey key, ErrorFormat errors, Router router, FaultInjector faults, Executor workers,
            ScheduledExecutorService scheduler, int maxBodyBytes) {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
        this.key = Objects.requireNonNull(key, "key");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.router = Objects.requireNonNull(router, "router");
        this.faults = faults;
        this.workers = Objects.requireNonNull(workers, "workers");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /** Requests that reached the handler (after faults that let them through). */
    public long requests() {
        return requests.sum();
    }

    /** Requests refused for a missing or wrong key. */
    public long unauthorized() {
        return unauthorized.sum();
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            FaultDecision decision = faults == null ? FaultDecision.pass() : faults.decide();
            switch (decision.kind()) {
                case PASS -> respond(exchange, process(exchange));
                case DELAY -> scheduler.schedule(() -> later(exchange, () -> respond(exchange, process(exchange))),
                        decision.millis(), TimeUnit.MILLISECONDS);
                case FAIL -> respond(exchange, injectedError(decision.status()));
                case FAIL_AFTER -> {
                    process(exchange);
                    respond(exchange, injectedError(decision.status()));
                }
                case HOLD -> scheduler.schedule(() -> later(exchange, () -> respond(exchange, timedOut())),
                        decision.millis(), TimeUnit.MILLISECONDS);
                case UNAVAILABLE -> respond(exchange, unavailable());
            }
        } catch (RejectedExecutionException shuttingDown) {
            exchange.close();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Request " + exchange.getRequestURI() + " failed", e);
            exchange.close();
        }
    }

    private void later(HttpExchange exchange, Runnable work) {
        try {
            workers.execute(work);
        } catch (RejectedExecutionException shuttingDown) {
            exchange.close();
        }
    }

    private Reply process(HttpExchange exchange) {
        requests.increment();
        try {
            byte[] body = readBody(exchange);
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Request.parseQuery(exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders(), body);
            try {
                key.check(request);
            } catch (ApiFailure refused) {
                unauthorized.increment();
                throw refused;
            }
            return router.dispatch(request);
        } catch (ApiFailure failure) {
            return errors.render(failure);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Request " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " failed", e);
            return errors.render(ApiFailure.generic(ApiFailure.Generic.SERVER_ERROR, 500, "KESALAHAN_SERVER",
                    "Terjadi kesalahan pada server sandbox."));
        } catch (IOException e) {
            return errors.render(ApiFailure.generic(ApiFailure.Generic.UNREADABLE_BODY, 400, "PERMINTAAN_TIDAK_LENGKAP",
                    "Isi permintaan tidak dapat dibaca."));
        }
    }

    private byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                throw ApiFailure.generic(ApiFailure.Generic.BODY_TOO_LARGE, 413, "ISI_TERLALU_BESAR",
                        "Isi permintaan melebihi " + (maxBodyBytes >= 1 << 20 ? (maxBodyBytes >> 20) + " MB." : maxBodyBytes + " byte."));
            }
            return body;
        }
    }

    private Reply injectedError(int status) {
        return errors.render(ApiFailure.generic(ApiFailure.Generic.SIMULATED_ERROR, status, "GANGGUAN_SIMULASI",
                "Terjadi gangguan pada server " + faults.systemName() + " (gangguan simulasi, HTTP " + status + ")."));
    }

    private Reply unavailable() {
        return errors.render(ApiFailure.generic(ApiFailure.Generic.UNAVAILABLE, 503,
                faults.systemName().toUpperCase(Locale.ROOT) + "_TIDAK_TERSEDIA", faults.systemName() + " sedang tidak tersedia"));
    }

    private Reply timedOut() {
        return errors.render(ApiFailure.generic(ApiFailure.Generic.TIMED_OUT, 504, "BATAS_WAKTU",
                faults.systemName() + " tidak menjawab dalam batas waktu."));
    }

    private static void respond(HttpExchange exchange, Reply reply) {
        try {
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            if (reply.streamed() != null) {
                exchange.sendResponseHeaders(reply.status(), 0);
                try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 1 << 16)) {
                    reply.streamed().writeTo(out);
                }
            } else {
                byte[] bytes = reply.json().toString().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(reply.status(), bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException clientGone) {
            LOG.log(Level.FINE, "Could not answer " + exchange.getRequestURI(), clientGone);
        } finally {
            exchange.close();
        }
    }
}

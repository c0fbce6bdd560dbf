package id.lintas.sandbox.fault;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The fault currently set for one sandboxed system, deciding request by request what happens.
 * Thread-safe: settings are swapped atomically, the ERROR ratio is applied with a shared counter
 * so that a ratio of 0.25 fails exactly every fourth request (deterministic, evenly spread).
 */
public final class FaultInjector {
    private static final JsonProvider JSON = JsonProvider.provider();
    private final String systemName;
    private final Clock clock;
    private final AtomicReference<FaultSettings> settings = new AtomicReference<>(FaultSettings.normal());
    private final AtomicLong errorSequence = new AtomicLong();
    private final LongAdder slowed = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder held = new LongAdder();
    private final LongAdder unavailable = new LongAdder();

    /** @param systemName how messages name the system, e.g. {@code SIAK} */
    public FaultInjector(String systemName, Clock clock) {
        this.systemName = Objects.requireNonNull(systemName, "systemName");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public String systemName() {
        return systemName;
    }

    public Clock clock() {
        return clock;
    }

    /** The fault in force; an ended DOWN window reads as NORMAL. */
    public FaultSettings current() {
        FaultSettings current = settings.get();
        if (current.expiredAt(clock.instant())) {
            settings.compareAndSet(current, FaultSettings.normal());
            return FaultSettings.normal();
        }
        return current;
    }

    public void set(FaultSettings newSettings) {
        errorSequence.set(0);
        settings.set(Objects.requireNonNull(newSettings, "newSettings"));
    }

    public FaultDecision decide() {
        FaultSettings current = current();
        switch (current.mode()) {
            case SLOW -> {
                slowed.increment();
                return new FaultDecision(FaultDecision.Kind.DELAY, current.delayMs(), 0);
            }
            case ERROR -> {
                long n = errorSequence.getAndIncrement();
                double ratio = current.ratio();
                boolean fail = Math.floor((n + 1) * ratio + 1e-9) > Math.floor(n * ratio + 1e-9);
                if (!fail) {
                    return FaultDecision.pass();
                }
                failed.increment();
                return new FaultDecision(current.afterProcessing() ? FaultDecision.Kind.FAIL_AFTER : FaultDecision.Kind.FAIL,
                        0, current.status());
            }
            case TIMEOUT -> {
                held.increment();
                return new FaultDecision(FaultDecision.Kind.HOLD, current.holdSeconds() * 1000, 0);
            }
            case DOWN -> {
                unavailable.increment();
                return new FaultDecision(FaultDecision.Kind.UNAVAILABLE, 0, 503);
            }
            default -> {
                return FaultDecision.pass();
            }
        }
    }

    /** The settings in force and how many requests each kind of fault has hit so far. */
    public JsonObject toJson() {
        return JSON.createObjectBuilder()
                .add("current", current().toJson(clock.instant()))
                .add("slowedRequests", slowed.sum())
                .add("errorRequests", failed.sum())
                .add("heldRequests", held.sum())
                .add("downRequests", unavailable.sum())
                .build();
    }
}

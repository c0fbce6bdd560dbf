package id.lintas.sandbox.courier.progress;

import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The courier's {@link ProgressPolicy} in force, and under AUTO the one timer thread that applies
 * it: every {@code stepMs} it runs the step (move every open order one status forward). Setting
 * another policy replaces the timer at once; a step under way ends first, so once {@link #set}
 * returns no step of the old policy runs. Thread-safe; {@link #close()} stops the thread.
 */
public final class AutoProgress implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AutoProgress.class.getName());
    private final IntSupplier step;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "courier-progress");
        thread.setDaemon(true);
        return thread;
    });
    private ProgressPolicy policy = ProgressPolicy.manual();
    private ScheduledFuture<?> ticking;
    /** Counts {@link #set} calls: a tick of an earlier policy that was already waiting does nothing. */
    private long generation;

    /** @param step moves the open orders one status forward, returns how many moved */
    public AutoProgress(IntSupplier step, ProgressPolicy initial) {
        this.step = Objects.requireNonNull(step, "step");
        set(initial);
    }

    public synchronized ProgressPolicy current() {
        return policy;
    }

    public synchronized void set(ProgressPolicy newPolicy) {
        policy = Objects.requireNonNull(newPolicy, "newPolicy");
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        long current = ++generation;
        if (newPolicy.mode() == ProgressMode.AUTO && !timer.isShutdown()) {
            ticking = timer.scheduleWithFixedDelay(() -> tick(current), newPolicy.stepMs(), newPolicy.stepMs(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void tick(long of) {
        if (of != generation) {
            return;
        }
        try {
            step.getAsInt();
        } catch (RuntimeException e) {
            // a failed step must not end the schedule
            LOG.log(Level.WARNING, "Courier progress step failed", e);
        }
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
    }
}

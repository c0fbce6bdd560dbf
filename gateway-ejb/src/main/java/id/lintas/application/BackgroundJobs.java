package id.lintas.application;

import id.lintas.application.audit.AuditSealing;
import id.lintas.application.servicecase.StepEscalation;
import id.lintas.application.siak.SiakOutboxRelay;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's recurring jobs: sealing the audit chain every two seconds, escalating late
 * steps every ten, delivering the SIAK outbox and asking SIAK about accepted drafts every second. They run on the container's managed scheduler and are cancelled before
 * the application stops (EJB timers firing during an undeployment left Payara 6 with a half
 * stopped module). Each job is safe to run on every instance of a deployment group.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "DatabaseSopCatalog"})
public class BackgroundJobs {
    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    AuditSealing sealing;

    @EJB
    StepEscalation escalation;

    @EJB
    SiakOutboxRelay siakRelay;

    private List<ScheduledFuture<?>> jobs = List.of();
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        jobs = List.of(
                scheduler.scheduleWithFixedDelay(guarded("audit sealing", sealing::sealPending), 2, 2, TimeUnit.SECONDS),
                scheduler.scheduleWithFixedDelay(guarded("step escalation", escalation::escalateOverdue), 5, 10,
                        TimeUnit.SECONDS),
                scheduler.scheduleWithFixedDelay(guarded("SIAK outbox", () -> drain(siakRelay::deliverDue)), 3, 1,
                        TimeUnit.SECONDS),
                scheduler.scheduleWithFixedDelay(guarded("SIAK numbering", () -> drain(siakRelay::pollAccepted)), 3, 1,
                        TimeUnit.SECONDS));
    }

    /** Runs batches while full ones keep coming, so a backlog drains without waiting a second per batch. */
    private void drain(java.util.function.IntSupplier batch) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!stopping && batch.getAsInt() >= SiakOutboxRelay.BATCH && System.nanoTime() < until) {
            // next batch
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        jobs.forEach(job -> job.cancel(false));
    }

    /** A failed run is logged and the next one comes as scheduled (an exception would end the schedule). */
    private static Runnable guarded(String name, Runnable job) {
        return () -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, name + " failed; it runs again at its next turn", e);
            }
        };
    }
}

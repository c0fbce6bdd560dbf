package id.lintas.application;

import id.lintas.application.audit.AuditSealing;
import id.lintas.application.servicecase.StepEscalation;
import id.lintas.application.siak.SiakOutboxRelay;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's recurring jobs: sealing the audit chain every two seconds, escalating late
 * steps every ten, and every second: delivering the SIAK outbox and asking SIAK about accepted
 * drafts, opening the cases of accepted birth reports, delivering the notification outbox
 * (partners' callbacks, families' emails), booking courier legs, drafting the documents cases
 * issue for the kadis's signature, and the WhatsApp channel's applications (their cases opened)
 * and delivery reports (silent drafts reminded or expired once a minute). Residents' WhatsApp messages wait for their answers, so their
 * conversations and the answers out are looked for every {@code lintas.whatsapp.poll-ms} (500 ms,
 * and at once when a webhook on this instance has stored new messages),
 * by {@code lintas.whatsapp.relay-workers} (2) drains at once, each with its own lane of phones, and the outbox is delivered right
 * after a batch of messages has made answers.
 * They are triggered by the container's managed scheduler and cancelled before the application
 * stops (EJB timers firing during an undeployment left Payara 6 with a half stopped module).
 * The SIAK relays drain a backlog batch after batch, so they run on the managed executor, one
 * run of each at a time: the scheduler has a single thread, which a long drain would take from
 * the other jobs. Each job is safe to run on every instance of a deployment group.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "DatabaseSopCatalog"})
public class BackgroundJobs {
    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    /** How many SIAK deliveries (and as many numbering questions) may run at once on this instance. */
    @Inject
    @ConfigProperty(name = "lintas.siak.relay-workers", defaultValue = "2")
    int siakWorkers;

    /** How often the WhatsApp relays look for residents' messages and answers to send (a resident waits for them). */
    @Inject
    @ConfigProperty(name = "lintas.whatsapp.poll-ms", defaultValue = "500")
    long whatsAppPollMs;

    /** How many drains of residents' WhatsApp messages may run at once on this instance. */
    @Inject
    @ConfigProperty(name = "lintas.whatsapp.relay-workers", defaultValue = "2")
    int whatsAppWorkers;

    @EJB
    AuditSealing sealing;

    @EJB
    StepEscalation escalation;

    @EJB
    SiakOutboxRelay siakRelay;

    @EJB
    id.lintas.application.hospital.BirthReportProcessor reportProcessor;

    @EJB
    id.lintas.application.notification.NotificationRelay notificationRelay;

    @EJB
    id.lintas.application.courier.CourierRelay courierRelay;

    @EJB
    id.lintas.application.document.DocumentDraftRelay draftRelay;

    @EJB
    id.lintas.application.whatsapp.ConversationRelay conversationRelay;

    @EJB
    id.lintas.application.whatsapp.OutboundRelay whatsAppRelay;

    @EJB
    id.lintas.application.whatsapp.SubmittedApplications submittedApplications;

    @EJB
    id.lintas.application.mail.MailApplications mailApplications;

    private List<ScheduledFuture<?>> jobs = List.of();
    /** The drains of residents' WhatsApp messages, one per lane: woken when a webhook has stored new ones. */
    private List<Drain> whatsAppDrains = List.of();
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        List<ScheduledFuture<?>> scheduled = new ArrayList<>();
        scheduled.add(scheduler.scheduleWithFixedDelay(guarded("audit sealing", sealing::sealPending), 2, 2, TimeUnit.SECONDS));
        scheduled.add(scheduler.scheduleWithFixedDelay(guarded("step escalation", escalation::escalateOverdue), 5, 10,
                TimeUnit.SECONDS));
        // several drains of each kind at once: they lock different entries (SKIP LOCKED), and most of
        // their time is spent waiting for SIAK's answers
        for (int worker = 0; worker < siakWorkers; worker++) {
            scheduled.add(scheduler.scheduleWithFixedDelay(new Drain("SIAK outbox", siakRelay::deliverDue,
                    SiakOutboxRelay.BATCH), 3, 1, TimeUnit.SECONDS));
            scheduled.add(scheduler.scheduleWithFixedDelay(new Drain("SIAK numbering", siakRelay::pollAccepted,
                    SiakOutboxRelay.BATCH), 3, 1, TimeUnit.SECONDS));
        }
        scheduled.add(scheduler.scheduleWithFixedDelay(new Drain("birth reports", reportProcessor::openDue,
                id.lintas.application.hospital.BirthReportProcessor.BATCH), 2, 1, TimeUnit.SECONDS));
        scheduled.add(scheduler.scheduleWithFixedDelay(new Drain("notifications", notificationRelay::deliverDue,
                id.lintas.application.notification.NotificationRelay.BATCH), 3, 1, TimeUnit.SECONDS));
        // courier bookings and cancellations, one drain at a time
        scheduled.add(scheduler.scheduleWithFixedDelay(new Drain("courier bookings", courierRelay::deliverDue,
                id.lintas.application.courier.CourierRelay.BATCH), 3, 1, TimeUnit.SECONDS));
        // the documents cases issue at their signing steps, rendered for the kadis's TTE inbox
        scheduled.add(scheduler.scheduleWithFixedDelay(new Drain("document drafts", draftRelay::draftDue,
                id.lintas.application.document.DocumentDraftRelay.BATCH), 3, 1, TimeUnit.SECONDS));
        // WhatsApp: residents' messages through their conversations, the answers out, Meta's
        // delivery reports, and silent drafts reminded or expired (once a minute is enough)
        // residents wait for the answers: both are looked for every lintas.whatsapp.poll-ms, and the
        // outbox is delivered as soon as a batch of messages has made answers
        // several conversation drains at once, each with its own lane of phones (by a hash of the
        // number): a phone's messages stay in order in one lane, and drains never walk the same list
        // (the same lanes for a phone's answers, sent by an outbox drain of the lane's own)
        List<Drain> lanes = new ArrayList<>();
        for (int worker = 0; worker < whatsAppWorkers; worker++) {
            int lane = worker;
            Drain outbox = new Drain("WhatsApp outbox " + lane, () -> whatsAppRelay.deliverDue(lane, whatsAppWorkers),
                    id.lintas.application.whatsapp.OutboundRelay.BATCH);
            Drain conversations = new Drain("WhatsApp conversations " + lane, () -> conversationRelay.processDue(lane, whatsAppWorkers),
                    id.lintas.application.whatsapp.ConversationRelay.BATCH).then(outbox);
            scheduled.add(scheduler.scheduleWithFixedDelay(conversations, 2000, whatsAppPollMs, TimeUnit.MILLISECONDS));
            scheduled.add(scheduler.scheduleWithFixedDelay(outbox, 2000, whatsAppPollMs, TimeUnit.MILLISECONDS));
            lanes.add(conversations);
        }
        whatsAppDrains = List.copyOf(lanes);
        scheduled.add(scheduler.scheduleWithFixedDelay(new Drain("WhatsApp applications", submittedApplications::openDue,
                id.lintas.application.whatsapp.SubmittedApplications.BATCH), 2, 1, TimeUnit.SECONDS));
        scheduled.add(scheduler.scheduleWithFixedDelay(new Drain("WhatsApp supplements", submittedApplications::forwardSupplements,
                id.lintas.application.whatsapp.SubmittedApplications.BATCH), 2, 1, TimeUnit.SECONDS));
        scheduled.add(scheduler.scheduleWithFixedDelay(new Drain("WhatsApp delivery reports", conversationRelay::applyReports,
                id.lintas.application.whatsapp.ConversationRelay.BATCH), 3, 2, TimeUnit.SECONDS));
        scheduled.add(scheduler.scheduleWithFixedDelay(new Drain("WhatsApp reminders", conversationRelay::remindSilent,
                id.lintas.application.whatsapp.ConversationRelay.BATCH), 30, 60, TimeUnit.SECONDS));
        // email: the applications read from the office's mailbox decided (case opened or refused)
        scheduled.add(scheduler.scheduleWithFixedDelay(new Drain("email applications", mailApplications::decideDue,
                id.lintas.application.mail.MailApplications.BATCH), 3, 1, TimeUnit.SECONDS));
        jobs = List.copyOf(scheduled);
    }

    /**
     * Starts a drain on the executor unless one is running; asked while it runs, it drains once more
     * when done (what was asked for may have come after its last look).
     */
    private final class Drain implements Runnable {
        private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();
        private final java.util.concurrent.atomic.AtomicBoolean asked = new java.util.concurrent.atomic.AtomicBoolean();
        private final Runnable work;
        private Runnable then = () -> { };

        /** {@code full}: a batch of that many means more are waiting. */
        Drain(String name, java.util.function.IntSupplier batch, int full) {
            this.work = guarded(name, () -> {
                try {
                    while (asked.getAndSet(false) && !stopping) {
                        drain(() -> {
                            int done = batch.getAsInt();
                            if (done > 0) {
                                then.run();
                            }
                            return done;
                        }, full);
                    }
                } finally {
                    running.set(false);
                }
                if (asked.get()) {
                    run(); // asked between the last look and the end
                }
            });
        }

        /** {@code next} is started after each batch that did something (the outbox after the conversations). */
        Drain then(Runnable next) {
            this.then = next;
            return this;
        }

        @Override
        public void run() {
            if (stopping) {
                return;
            }
            asked.set(true);
            if (running.compareAndSet(false, true)) {
                try {
                    executor.execute(work);
                } catch (RuntimeException rejected) {
                    running.set(false);
                    throw rejected;
                }
            }
        }
    }

    /** Runs batches while full ones ({@code full} entries) keep coming, so a backlog drains without waiting a second per batch. */
    private void drain(java.util.function.IntSupplier batch, int full) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!stopping && batch.getAsInt() >= full && System.nanoTime() < until) {
            // next batch
        }
    }

    /**
     * A webhook on this instance stored residents' messages (its transaction committed): the
     * conversations' drains look at them now rather than at their next turn, so a resident's answer
     * does not wait for the poll ({@code lintas.whatsapp.poll-ms}, which remains for messages
     * stored by other instances and for retries).
     */
    @Lock(LockType.READ)
    public void onMessagesReceived(@Observes(during = TransactionPhase.AFTER_SUCCESS) id.lintas.application.whatsapp.MessagesReceived received) {
        whatsAppDrains.forEach(Drain::run);
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

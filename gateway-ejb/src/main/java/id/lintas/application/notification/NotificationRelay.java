package id.lintas.application.notification;

import id.lintas.domain.model.notification.CallbackSignature;
import id.lintas.domain.model.notification.Channel;
import id.lintas.domain.model.notification.Notification;
import id.lintas.domain.model.office.Institution;
import id.lintas.domain.model.office.OfficeRepository;
import id.lintas.infrastructure.integration.notification.NotificationGateway;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Delivers the notification outbox: takes due entries it can lock ({@code FOR UPDATE SKIP
 * LOCKED}, so several instances share the work without sending one entry twice), sends each
 * through the gateway and records the outcome.
 *
 * <p>A case's notifications of one channel go out in the order they were made: an entry waits
 * while an earlier one of its case is still waiting (backing off, or being sent by another
 * instance). A receiver that fails (a partner's server, the mail server) is not tried again in the
 * same batch. A callback is signed with the partner's secret and sent to its URL as they are
 * when it is sent, so a replay after the admin fixed either goes where it should.
 */
@Stateless
public class NotificationRelay {
    public static final int BATCH = 20;
    /** A batch stops starting sends after this long, so its transaction stays well within its timeout. */
    static final Duration BUDGET = Duration.ofSeconds(30);

    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @EJB
    NotificationGateway gateway;

    @Inject
    OfficeRepository offices;

    @Inject
    id.lintas.domain.model.document.IssuedDocumentRepository documents;

    Clock clock = Clock.systemUTC();

    /** Delivers one batch of due entries; returns how many were sent or tried (0 when nothing was due). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deliverDue() {
        List<Long> batch = lockDue();
        Set<Long> inBatch = new HashSet<>(batch);
        Set<String> failingReceivers = new HashSet<>();
        Set<String> heldCases = new HashSet<>();
        long until = System.nanoTime() + BUDGET.toNanos();
        int handled = 0;
        for (long id : batch) {
            Notification n = em.find(Notification.class, id);
            String receiver = receiver(n);
            String queue = n.caseId().map(c -> n.channel() + ":" + c).orElse(null);
            if (System.nanoTime() > until || failingReceivers.contains(receiver) || queue != null && heldCases.contains(queue)
                    || waitsForEarlier(n, inBatch)) {
                if (queue != null) {
                    heldCases.add(queue);
                }
                continue;
            }
            NotificationGateway.Outcome outcome = send(n);
            Instant now = clock.instant();
            handled++;
            switch (outcome.result()) {
                case SENT -> n.sent(now);
                case REFUSED -> n.refused(outcome.error(), now);
                case FAILED_FOR_NOW -> {
                    n.failedForNow(outcome.error(), now);
                    failingReceivers.add(receiver);
                }
            }
            if (outcome.result() == NotificationGateway.Outcome.Result.FAILED_FOR_NOW && queue != null) {
                heldCases.add(queue); // the case's later ones wait for this one (a dead one holds nothing up)
            }
        }
        return handled;
    }

    private NotificationGateway.Outcome send(Notification n) {
        if (n.channel() == Channel.EMAIL) {
            return gateway.mail(n.recipient().orElseThrow(), n.subject().orElse(""), n.payload(), n.eventId(), attachments(n));
        }
        Institution partner = offices.findInstitution(n.institutionId().orElseThrow()).orElseThrow();
        var callback = partner.callback().orElse(null);
        if (callback == null) {
            return new NotificationGateway.Outcome(NotificationGateway.Outcome.Result.REFUSED,
                    partner.name() + " no longer takes callbacks (no callback URL)");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CallbackSignature.HEADER, CallbackSignature.of(callback.secret(), n.payload()));
        headers.put(NotificationGateway.EVENT_ID, n.eventId());
        headers.put(NotificationGateway.EVENT, n.event());
        return gateway.post(callback.url(), headers, n.payload());
    }

    /** Who receives it: a failure of one receiver holds its other entries in the batch. */
    private static String receiver(Notification n) {
        return n.channel() == Channel.EMAIL ? "mail" : "callback:" + n.institutionId().orElseThrow();
    }

    /** Whether an earlier entry of the same case and channel, not in this batch, is still waiting. */
    private boolean waitsForEarlier(Notification n, Set<Long> inBatch) {
        if (n.caseId().isEmpty()) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<Number> earlier = em.createNativeQuery("select id from notification where case_id = ?1 and channel = ?2"
                + " and status = 'WAITING' and id < ?3").setParameter(1, n.caseId().get()).setParameter(2, n.channel().name())
                .setParameter(3, n.id()).getResultList();
        return earlier.stream().anyMatch(e -> !inBatch.contains(e.longValue()));
    }

    /** The due entries this instance can lock, in the order they were made; another instance skips them. */
    @SuppressWarnings("unchecked")
    private List<Long> lockDue() {
        List<Number> ids = em.createNativeQuery("select id from notification where status = 'WAITING' and next_attempt_at <= ?1"
                + " order by next_attempt_at, id limit " + BATCH + " for update skip locked")
                .setParameter(1, java.sql.Timestamp.from(clock.instant())).getResultList();
        return ids.stream().map(Number::longValue).sorted().toList();
    }

    /** The signed documents the email carries, as they are now (a revoked one is left out). */
    private java.util.List<NotificationGateway.Attachment> attachments(Notification n) {
        return n.documentIds().stream().map(documents::find).flatMap(java.util.Optional::stream)
                .filter(d -> d.status() == id.lintas.domain.model.document.IssuedDocumentStatus.SIGNED)
                .map(d -> new NotificationGateway.Attachment(d.fileName(), "application/pdf", d.signedPdf().orElseThrow()))
                .toList();
    }
}

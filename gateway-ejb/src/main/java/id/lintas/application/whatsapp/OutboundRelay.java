package id.lintas.application.whatsapp;

import id.lintas.domain.model.whatsapp.OutboundMessage;
import id.lintas.domain.model.whatsapp.OutboundStatus;
import id.lintas.infrastructure.integration.whatsapp.WhatsAppGateway;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Delivers the WhatsApp outbox through the Cloud API: takes due messages it can lock
 * ({@code FOR UPDATE SKIP LOCKED}), sends each, and keeps the wamid Meta gives it. A phone's
 * messages go out in the order they were made (the checklist before the first question): one
 * waits while an earlier one to its phone is still waiting. A refusal (a Graph 4xx other than
 * 429) makes the message dead at once; when Meta fails, the rest of the batch waits for its next
 * turn.
 */
@Stateless
public class OutboundRelay {
    public static final int BATCH = 20;
    static final Duration BUDGET = Duration.ofSeconds(30);

    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @EJB
    WhatsAppGateway gateway;

    @Inject
    DocumentUploads uploads;

    Clock clock = Clock.systemUTC();

    /** Sends one batch of due messages; returns how many were sent or tried. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deliverDue() {
        return deliverDue(0, 1);
    }

    /**
     * Sends one batch of the due messages of lane {@code lane} of {@code lanes}: the phones are
     * shared among an instance's outbox drains by the same hash of their number as the
     * conversations' ({@link ConversationRelay#processDue(int, int)}), so a phone's answers leave
     * in order from one lane while another lane's wait on Graph for theirs.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deliverDue(int lane, int lanes) {
        if (lanes < 1 || lane < 0 || lane >= lanes) {
            throw new IllegalArgumentException("lane " + lane + " of " + lanes);
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from wa_outbound where status = 'WAITING' and next_attempt_at <= ?1"
                + " and abs(mod(hashtext(to_wa), ?2)) = ?3 order by next_attempt_at, id limit " + BATCH + " for update skip locked")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, lanes).setParameter(3, lane).getResultList();
        ids = ids.stream().sorted(java.util.Comparator.comparingLong(Number::longValue)).toList(); // a phone's in the order they were made
        Set<Long> inBatch = new HashSet<>();
        ids.forEach(id -> inBatch.add(id.longValue()));
        Set<String> held = new HashSet<>();
        long until = System.nanoTime() + BUDGET.toNanos();
        int handled = 0;
        for (Number id : ids) {
            OutboundMessage m = em.find(OutboundMessage.class, id.longValue());
            String phone = m.officeId() + ":" + m.to().digits();
            if (System.nanoTime() > until || held.contains(phone) || waitsForEarlier(m, inBatch)) {
                held.add(phone);
                continue;
            }
            handled++;
            if (!uploads.prepare(m, clock.instant())) {
                if (m.status() == OutboundStatus.WAITING) {
                    return handled; // Graph is failing: the others keep their turn
                }
                continue; // refused: the phone's next messages go on
            }
            WhatsAppGateway.Sent sent = gateway.send(m.payload());
            Instant now = clock.instant();
            switch (sent.result()) {
                case DONE -> m.accepted(sent.wamid(), now);
                case REFUSED -> m.refused(sent.error(), now);
                case FAILED_FOR_NOW -> {
                    m.failedForNow(sent.error(), now);
                    return handled; // Meta is failing: the others keep their turn
                }
            }
        }
        return handled;
    }

    private boolean waitsForEarlier(OutboundMessage m, Set<Long> inBatch) {
        @SuppressWarnings("unchecked")
        List<Number> earlier = em.createNativeQuery("select id from wa_outbound where office_id = ?1 and to_wa = ?2"
                + " and status = 'WAITING' and id < ?3").setParameter(1, m.officeId()).setParameter(2, m.to().digits())
                .setParameter(3, m.id()).getResultList();
        return earlier.stream().anyMatch(e -> !inBatch.contains(e.longValue()));
    }
}

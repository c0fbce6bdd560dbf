package id.lintas.application.whatsapp;

import id.lintas.domain.model.whatsapp.Conversation;
import id.lintas.domain.model.whatsapp.ConversationRepository;
import id.lintas.domain.model.whatsapp.DeliveryReport;
import id.lintas.domain.model.whatsapp.InboundMessage;
import id.lintas.domain.model.whatsapp.WhatsAppMessages;
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
 * Runs the residents' conversations: takes the stored messages not yet processed that it can lock
 * ({@code FOR UPDATE SKIP LOCKED}, so several instances share the work and none handles a message
 * twice), each phone's in the order they came (a message waits while an earlier one of its phone
 * is unprocessed: backing off on its file, or held by another instance), and hands each to
 * {@link MessageHandling} in the batch's transaction, so the replies are in the outbox exactly
 * when the conversation's new state is. Also reminds silent drafts and lets them expire, and
 * applies Meta's delivery reports to the messages they are about.
 */
@Stateless
public class ConversationRelay {
    public static final int BATCH = 20;
    /** A report that found no message of Lintas's after this long is about none (one sent by another tool on the number). */
    static final Duration ORPHAN_AFTER = Duration.ofHours(1);
    static final Duration BUDGET = Duration.ofSeconds(30);

    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @Inject
    ConversationRepository conversations;

    @Inject
    WhatsAppMessages messages;

    @Inject
    WhatsAppChannel channel;

    @EJB
    WhatsAppGateway gateway;

    Clock clock = Clock.systemUTC();

    private MessageHandling handling() {
        return new MessageHandling(conversations, messages, gateway::fetch, channel.rules());
    }

    /** Processes one batch of due messages; returns how many were handled or tried. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int processDue() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from wa_inbound where processed_at is null and next_attempt_at <= ?1"
                + " order by next_attempt_at, id limit " + BATCH + " for update skip locked")
                .setParameter(1, Timestamp.from(clock.instant())).getResultList();
        ids = ids.stream().sorted(java.util.Comparator.comparingLong(Number::longValue)).toList(); // a phone's in the order they came
        Set<Long> inBatch = new HashSet<>();
        ids.forEach(id -> inBatch.add(id.longValue()));
        Set<String> heldPhones = new HashSet<>();
        MessageHandling handling = handling();
        long until = System.nanoTime() + BUDGET.toNanos();
        int handled = 0;
        for (Number id : ids) {
            InboundMessage m = em.find(InboundMessage.class, id.longValue());
            String phone = m.officeId() + ":" + m.from().digits();
            if (System.nanoTime() > until || heldPhones.contains(phone) || waitsForEarlier(m, inBatch)) {
                heldPhones.add(phone);
                continue;
            }
            handled++;
            if (!handling.handle(m, clock.instant())) {
                heldPhones.add(phone); // its later messages wait for its file
            }
        }
        return handled;
    }

    /** Reminds the drafts silent for the reminder's time, and expires those silent for the expiry's; returns how many were looked at. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remindSilent() {
        Instant now = clock.instant();
        Duration remind = channel.rules().remindAfter();
        Duration expire = channel.rules().expireAfter();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from wa_conversation where state in ('MENU', 'COLLECTING', 'CONFIRMING')"
                + " and ((reminded_at is null and last_activity_at <= ?1) or last_activity_at <= ?2)"
                + " order by last_activity_at limit " + BATCH + " for update skip locked")
                .setParameter(1, Timestamp.from(now.minus(remind))).setParameter(2, Timestamp.from(now.minus(expire)))
                .getResultList();
        MessageHandling handling = handling();
        for (Number id : ids) {
            handling.remind(em.find(Conversation.class, id.longValue()), now);
        }
        return ids.size();
    }

    /** Applies Meta's delivery reports to Lintas's messages; returns how many were looked at. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int applyReports() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from wa_status where applied_at is null order by id limit " + BATCH
                + " for update skip locked").getResultList();
        int applied = 0;
        for (Number id : ids) {
            DeliveryReport report = em.find(DeliveryReport.class, id.longValue());
            var message = messages.outboundByWamid(report.officeId(), report.wamid());
            if (message.isPresent()) {
                report.applyTo(message.get(), now);
                applied++;
            } else if (report.receivedAt().plus(ORPHAN_AFTER).isBefore(now)) {
                report.orphaned(now);
            } // else: the relay that sent it may not have committed its wamid yet
        }
        return applied;
    }

    /** Whether an earlier unprocessed message of the same phone, not in this batch, exists. */
    private boolean waitsForEarlier(InboundMessage m, Set<Long> inBatch) {
        @SuppressWarnings("unchecked")
        List<Number> earlier = em.createNativeQuery("select id from wa_inbound where office_id = ?1 and from_wa = ?2"
                + " and processed_at is null and id < ?3").setParameter(1, m.officeId()).setParameter(2, m.from().digits())
                .setParameter(3, m.id()).getResultList();
        return earlier.stream().anyMatch(e -> !inBatch.contains(e.longValue()));
    }
}

package id.lintas.application.whatsapp;

import id.lintas.domain.model.whatsapp.Conversation;
import id.lintas.domain.model.whatsapp.ConversationRepository;
import id.lintas.domain.model.whatsapp.DeliveryReport;
import id.lintas.domain.model.whatsapp.InboundMessage;
import id.lintas.domain.model.whatsapp.WhatsAppMessages;
import id.lintas.infrastructure.integration.whatsapp.WhatsAppGateway;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the residents' conversations: takes the stored messages not yet processed, each phone's in
 * the order they came, and hands each to {@link MessageHandling} in a transaction of its own, so
 * the replies are in the outbox exactly when the conversation's new state is, and one message that
 * fails does not undo the others. A message is locked for its transaction ({@code FOR UPDATE SKIP
 * LOCKED}), so several instances (and several drains of one) share the work and none handles a
 * message twice; it waits while an earlier one of its phone is unprocessed (backing off on its
 * file or after a failure, or held by another instance). A message whose handling throws is tried
 * again, backing off, and after {@value InboundMessage#MAX_ATTEMPTS} attempts given up (marked
 * processed without a conversation, the error kept), so its phone's later messages go on. Also
 * reminds silent drafts and lets them expire, and applies Meta's delivery reports to the messages
 * they are about.
 */
@Stateless
public class ConversationRelay {
    private static final Logger LOG = Logger.getLogger(ConversationRelay.class.getName());
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

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    private MessageHandling handling() {
        return new MessageHandling(conversations, messages, gateway::fetch, channel.rules());
    }

    /** A due message: its id and its phone ({@code office:digits}). */
    record Due(long id, String phone) {
    }

    /** What became of one message's turn. */
    public enum Turn {
        /** Handled: the conversation ran with it. */
        HANDLED,
        /** Not now: its file cannot be had yet, or an earlier message of its phone is unprocessed. */
        WAITS,
        /** Another instance or drain holds it, or has processed it since it was listed. */
        TAKEN
    }

    /** One message's transaction, and what is done when it throws (the relay, or a test's stand-in). */
    interface Turns {
        Turn take(long id);

        void failed(long id, String error);
    }

    /** Processes one batch of due messages, each in its own transaction; returns how many were handled or tried. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int processDue() {
        return processDue(0, 1);
    }

    /**
     * Processes one batch of the due messages of lane {@code lane} of {@code lanes}: the phones are
     * shared among an instance's drains by a hash of their number, so two drains never walk the
     * same phones' messages (each phone's stay in order in one lane) and a busy phone holds up only
     * its own lane. Instances share a lane's messages as before, by locking ({@code SKIP LOCKED}).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int processDue(int lane, int lanes) {
        if (lanes < 1 || lane < 0 || lane >= lanes) {
            throw new IllegalArgumentException("lane " + lane + " of " + lanes);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, office_id, from_wa from wa_inbound where processed_at is null"
                + " and next_attempt_at <= ?1 and abs(mod(hashtext(from_wa), ?2)) = ?3 order by next_attempt_at, id limit " + BATCH)
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, lanes).setParameter(3, lane).getResultList();
        List<Due> due = rows.stream().map(r -> new Due(((Number) r[0]).longValue(), r[1] + ":" + r[2])).toList();
        ConversationRelay self = context.getBusinessObject(ConversationRelay.class);
        return run(due, new Turns() {
            @Override
            public Turn take(long id) {
                return self.take(id);
            }

            @Override
            public void failed(long id, String error) {
                self.failed(id, error);
            }
        }, System.nanoTime() + BUDGET.toNanos());
    }

    /**
     * Gives each due message its turn, a phone's in the order they came: once one of a phone's
     * waits, is taken elsewhere or fails, its later ones wait for the next batch. Returns how
     * many were handled or tried.
     */
    static int run(List<Due> due, Turns turns, long untilNanos) {
        Set<String> heldPhones = new HashSet<>();
        int tried = 0;
        for (Due m : due.stream().sorted(Comparator.comparingLong(Due::id)).toList()) {
            if (System.nanoTime() > untilNanos || heldPhones.contains(m.phone())) {
                heldPhones.add(m.phone());
                continue;
            }
            tried++;
            try {
                if (turns.take(m.id()) != Turn.HANDLED) {
                    heldPhones.add(m.phone()); // its later messages wait
                }
            } catch (RuntimeException e) {
                heldPhones.add(m.phone());
                LOG.log(Level.WARNING, "WhatsApp message " + m.id() + " could not be handled; it is tried again later", e);
                turns.failed(m.id(), describe(e));
            }
        }
        return tried;
    }

    /** Handles one message in its own transaction, if it is still due, not held elsewhere, and first of its phone's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Turn take(long id) {
        Instant now = clock.instant();
        if (em.createNativeQuery("select id from wa_inbound where id = ?1 and processed_at is null and next_attempt_at <= ?2"
                + " for update skip locked").setParameter(1, id).setParameter(2, Timestamp.from(now)).getResultList().isEmpty()) {
            return Turn.TAKEN;
        }
        InboundMessage m = em.find(InboundMessage.class, id);
        if (waitsForEarlier(m)) {
            return Turn.WAITS;
        }
        return handling().handle(m, now) ? Turn.HANDLED : Turn.WAITS;
    }

    /** The message's handling threw (and was rolled back): it backs off, or is given up after its last attempt. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long id, String error) {
        if (em.createNativeQuery("select id from wa_inbound where id = ?1 and processed_at is null for update skip locked")
                .setParameter(1, id).getResultList().isEmpty()) {
            return;
        }
        InboundMessage m = em.find(InboundMessage.class, id);
        if (m.handlingFailed(error, clock.instant())) {
            LOG.severe(() -> "WhatsApp message " + m.wamid() + " from " + m.from().digits() + " given up after "
                    + InboundMessage.MAX_ATTEMPTS + " attempts: " + error);
        }
    }

    /** The exception and its causes' messages, for the message's last error. */
    static String describe(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null && s.length() < 1500; t = t.getCause() == t ? null : t.getCause()) {
            s.append(s.length() == 0 ? "" : " <- ").append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                s.append(": ").append(t.getMessage());
            }
        }
        return s.toString();
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

    /** Whether an earlier message of the same phone is unprocessed (held elsewhere, or backing off). */
    private boolean waitsForEarlier(InboundMessage m) {
        return !em.createNativeQuery("select id from wa_inbound where office_id = ?1 and from_wa = ?2"
                + " and processed_at is null and id < ?3 limit 1").setParameter(1, m.officeId()).setParameter(2, m.from().digits())
                .setParameter(3, m.id()).getResultList().isEmpty();
    }
}

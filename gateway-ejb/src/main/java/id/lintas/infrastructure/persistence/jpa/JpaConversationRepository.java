package id.lintas.infrastructure.persistence.jpa;

import id.lintas.domain.model.whatsapp.Conversation;
import id.lintas.domain.model.whatsapp.ConversationRepository;
import id.lintas.domain.model.whatsapp.WaId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaConversationRepository implements ConversationRepository {
    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @Override
    public Optional<Conversation> lockOpen(long officeId, WaId phone) {
        // flushed first: a conversation this transaction closed (or opened) is seen as it is now;
        // the partial unique index wa_conversation_open holds at most one
        em.flush();
        List<?> ids = em.createNativeQuery("select id from wa_conversation where office_id = ?1 and phone = ?2"
                + " and state in ('MENU', 'COLLECTING', 'CONFIRMING', 'SUBMITTED')").setParameter(1, officeId)
                .setParameter(2, phone.digits()).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Conversation.class, ((Number) ids.get(0)).longValue(), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Long> lockSubmittedWithoutCase(java.time.Instant now, int max) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from wa_conversation where state = 'SUBMITTED' and case_id is null"
                + " and (case_next_attempt_at is null or case_next_attempt_at <= ?1) order by submitted_at, id limit " + max
                + " for update skip locked").setParameter(1, java.sql.Timestamp.from(now)).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public List<Long> withSupplementsToForward(int max) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from wa_conversation where supplement = 'SENT'"
                + " order by last_activity_at, id limit " + max + " for update skip locked").getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public Optional<Conversation> lock(long id) {
        return Optional.ofNullable(em.find(Conversation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Conversation> lockOfCase(long caseId) {
        List<?> ids = em.createNativeQuery("select id from wa_conversation where case_id = ?1").setParameter(1, caseId)
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : lock(((Number) ids.get(0)).longValue());
    }

    @Override
    public Optional<Conversation> find(long id) {
        return Optional.ofNullable(em.find(Conversation.class, id));
    }

    @Override
    public void store(Conversation conversation) {
        em.persist(conversation);
        em.flush();
    }
}

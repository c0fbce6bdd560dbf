package id.lintas.infrastructure.persistence.jpa;

import id.lintas.domain.model.mail.MailApplication;
import id.lintas.domain.model.mail.MailApplicationRepository;
import id.lintas.domain.model.mail.MailApplicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMailApplicationRepository implements MailApplicationRepository {
    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @Override
    public boolean storeOnce(MailApplication application) {
        // another instance reading the same mailbox may store it at the same moment: the unique
        // (office_id, message_id) then fails one of the two transactions, and its email stays unread
        boolean seen = !em.createNativeQuery("select 1 from mail_application where office_id = ?1 and message_id = ?2")
                .setParameter(1, application.officeId()).setParameter(2, application.messageId()).getResultList().isEmpty();
        if (seen) {
            return false;
        }
        em.persist(application);
        return true;
    }

    @Override
    public List<Long> lockDue(Instant now, int max) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from mail_application where status = 'RECEIVED' and next_attempt_at <= ?1"
                + " order by next_attempt_at, id limit " + max + " for update skip locked")
                .setParameter(1, java.sql.Timestamp.from(now)).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public Optional<MailApplication> lock(long id) {
        return Optional.ofNullable(em.find(MailApplication.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<MailApplication> find(long id) {
        return Optional.ofNullable(em.find(MailApplication.class, id));
    }

    @Override
    public Optional<MailApplication> ofCase(long caseId) {
        return em.createQuery("select m from MailApplication m where m.caseId = :c and m.status = :accepted", MailApplication.class)
                .setParameter("c", caseId).setParameter("accepted", MailApplicationStatus.ACCEPTED).getResultStream().findFirst();
    }

    @Override
    public Optional<MailApplication> acceptedWithCase(long officeId, String caseNumber) {
        return em.createQuery("select m from MailApplication m where m.officeId = :o and m.caseNumber = :n"
                + " and m.status = :accepted", MailApplication.class).setParameter("o", officeId).setParameter("n", caseNumber)
                .setParameter("accepted", MailApplicationStatus.ACCEPTED).getResultStream().findFirst();
    }
}

package id.lintas.application.siak;

import id.lintas.domain.model.siak.SiakSubmission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The outbox of submissions to SIAK, in the caller's transaction. */
@ApplicationScoped
public class SiakOutbox {
    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    public void store(SiakSubmission submission) {
        em.persist(submission);
    }

    public List<SiakSubmission> ofCase(long caseId) {
        return em.createQuery("select s from SiakSubmission s where s.caseId = :c order by s.id", SiakSubmission.class)
                .setParameter("c", caseId).getResultList();
    }
}

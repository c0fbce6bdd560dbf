package id.lintas.infrastructure.persistence.jpa;

import id.lintas.domain.model.audit.AuditEntry;
import id.lintas.domain.model.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaAuditLog implements AuditLog {
    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @Override
    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> recent(long officeId, int limit) {
        return em.createQuery("select a from AuditEntry a where a.officeId = :o order by a.id desc", AuditEntry.class)
                .setParameter("o", officeId).setMaxResults(limit).getResultList();
    }
}

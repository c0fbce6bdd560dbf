package id.lintas.infrastructure.persistence.jpa;

import id.lintas.domain.model.courier.Shipment;
import id.lintas.domain.model.courier.ShipmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaShipmentRepository implements ShipmentRepository {
    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @Override
    public Optional<Shipment> of(long caseId, String stepKey) {
        return em.createQuery("select s from Shipment s where s.caseId = :c and s.stepKey = :k", Shipment.class)
                .setParameter("c", caseId).setParameter("k", stepKey).getResultStream().findFirst();
    }

    @Override
    public Optional<Shipment> lock(long caseId, String stepKey) {
        // flushed first (the query's default): the lock reads the row afresh, which must not lose what
        // this transaction changed in it
        return em.createQuery("select s from Shipment s where s.caseId = :c and s.stepKey = :k", Shipment.class)
                .setParameter("c", caseId).setParameter("k", stepKey).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<Shipment> ofCase(long caseId) {
        return em.createQuery("select s from Shipment s where s.caseId = :c order by s.id", Shipment.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<Shipment> lockByReference(String referenceId) {
        List<?> ids = em.createNativeQuery("select id from courier_shipment where reference_id = ?1 order by id desc limit 1")
                .setParameter(1, referenceId).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Shipment.class, ((Number) ids.get(0)).longValue(), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void store(Shipment shipment) {
        em.persist(shipment);
    }
}

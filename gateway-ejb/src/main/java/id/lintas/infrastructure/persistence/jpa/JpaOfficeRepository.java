package id.lintas.infrastructure.persistence.jpa;

import id.lintas.domain.model.office.Institution;
import id.lintas.domain.model.office.Office;
import id.lintas.domain.model.office.OfficeCode;
import id.lintas.domain.model.office.OfficeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaOfficeRepository implements OfficeRepository {
    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    /** Offices' codes and time zones as read once: they never change (a hospital's report needs no more of its office). */
    private final java.util.Map<Long, Identity> identities = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public Optional<Office> find(long id) {
        return Optional.ofNullable(em.find(Office.class, id));
    }

    @Override
    public Optional<Identity> identity(long id) {
        Identity known = identities.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Identity> read = find(id).map(o -> new Identity(o.id(), o.code(), o.timeZone()));
        read.ifPresent(i -> identities.put(id, i));
        return read;
    }

    @Override
    public Optional<Institution> findInstitution(long id) {
        return Optional.ofNullable(em.find(Institution.class, id));
    }

    @Override
    public Optional<Office> findByCode(OfficeCode code) {
        return em.createQuery("select o from Office o where o.code = :code", Office.class)
                .setParameter("code", code.value()).getResultStream().findFirst();
    }

    @Override
    public Optional<Institution> findInstitution(Office office, String code) {
        return em.createQuery("select i from Institution i where i.office = :office and i.code = :code", Institution.class)
                .setParameter("office", office).setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public java.util.List<Institution> institutions(Office office) {
        return em.createQuery("select i from Institution i where i.office = :office order by i.type, i.name", Institution.class)
                .setParameter("office", office).getResultList();
    }

    @Override
    public void store(Office office) {
        em.persist(office);
    }

    @Override
    public void store(Institution institution) {
        em.persist(institution);
    }
}

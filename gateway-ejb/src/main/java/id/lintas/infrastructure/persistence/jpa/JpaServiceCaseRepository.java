package id.lintas.infrastructure.persistence.jpa;

import id.lintas.domain.model.office.Office;
import id.lintas.domain.model.servicecase.ServiceCase;
import id.lintas.domain.model.servicecase.ServiceCaseRepository;
import id.lintas.domain.model.sop.SopCatalog;
import id.lintas.infrastructure.calendar.OfficeCalendars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaServiceCaseRepository implements ServiceCaseRepository {
    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @Inject
    SopCatalog catalog;

    @Inject
    OfficeCalendars calendars;

    @Override
    public Optional<ServiceCase> find(long id) {
        ServiceCase found = em.find(ServiceCase.class, id);
        if (found != null) {
            found.attach(catalog.byId(found.sopDefinitionId()),
                    calendars.in(em.find(Office.class, found.officeId()).timeZone()));
        }
        return Optional.ofNullable(found);
    }

    @Override
    public void store(ServiceCase serviceCase) {
        em.persist(serviceCase);
        em.flush(); // the case number is shown at once, and the id with it
    }

    @Override
    public long nextSerial() {
        return ((Number) em.createNativeQuery("select nextval('case_number_seq')").getSingleResult()).longValue();
    }
}

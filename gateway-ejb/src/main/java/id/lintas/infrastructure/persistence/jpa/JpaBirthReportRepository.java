package id.lintas.infrastructure.persistence.jpa;

import id.lintas.domain.model.birthreport.BirthReport;
import id.lintas.domain.model.birthreport.BirthReportRepository;
import id.lintas.domain.model.birthreport.HospitalReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaBirthReportRepository implements BirthReportRepository {
    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    /**
     * {@code insert ... on conflict do nothing}: PostgreSQL makes a second transaction with the
     * same (hospital, reference) wait for the first and then insert nothing, so exactly one
     * arrival opens a case and no transaction fails on the unique key.
     */
    @Override
    public Optional<BirthReport> claim(Arrival a) {
        @SuppressWarnings("unchecked")
        List<Number> id = em.createNativeQuery("insert into birth_report (office_id, institution_id, reference, fingerprint,"
                + " channel, born_at, details, received_at, received_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                + " on conflict (institution_id, reference) do nothing returning id")
                .setParameter(1, a.officeId()).setParameter(2, a.institutionId()).setParameter(3, a.reference().value())
                .setParameter(4, a.fingerprint()).setParameter(5, a.channel().name())
                .setParameter(6, Timestamp.from(a.bornAt())).setParameter(7, a.details())
                .setParameter(8, Timestamp.from(a.receivedAt())).setParameter(9, a.receivedBy())
                .getResultList();
        return id.isEmpty() ? Optional.empty() : Optional.of(em.find(BirthReport.class, id.get(0).longValue()));
    }

    @Override
    public Optional<BirthReport> find(long institutionId, HospitalReference reference) {
        return em.createQuery("select r from BirthReport r where r.institutionId = :i and r.reference = :ref", BirthReport.class)
                .setParameter("i", institutionId).setParameter("ref", reference.value()).getResultStream().findFirst();
    }

    @Override
    public Optional<BirthReport> ofCase(long caseId) {
        return em.createQuery("select r from BirthReport r where r.caseId = :c", BirthReport.class)
                .setParameter("c", caseId).getResultStream().findFirst();
    }

    @Override
    public Optional<BirthReport> ofCaseOrOpening(long caseId, long institutionId) {
        return ofCase(caseId).or(() -> em.createQuery("select r from BirthReport r where r.institutionId = :i and r.caseId is null",
                BirthReport.class).setParameter("i", institutionId).getResultStream().findFirst());
    }
}

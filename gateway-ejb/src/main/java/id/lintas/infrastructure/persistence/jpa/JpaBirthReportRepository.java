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
    public Optional<Long> claim(Arrival a) {
        @SuppressWarnings("unchecked")
        List<Number> id = em.createNativeQuery("insert into birth_report (office_id, institution_id, reference, fingerprint,"
                + " channel, status, next_attempt_at, case_number, born_at, details, received_at, received_by)"
                + " values (?1, ?2, ?3, ?4, ?5, 'RECEIVED', ?6, ?7, ?8, ?9, ?6, ?10)"
                + " on conflict (institution_id, reference) do nothing returning id")
                .setParameter(1, a.officeId()).setParameter(2, a.institutionId()).setParameter(3, a.reference().value())
                .setParameter(4, a.fingerprint()).setParameter(5, a.channel().name())
                .setParameter(6, Timestamp.from(a.receivedAt())).setParameter(7, a.caseNumber())
                .setParameter(8, Timestamp.from(a.bornAt())).setParameter(9, a.details()).setParameter(10, a.receivedBy())
                .getResultList();
        return id.stream().findFirst().map(Number::longValue);
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
    public Optional<BirthReport> find(long id) {
        return Optional.ofNullable(em.find(BirthReport.class, id));
    }

    @Override
    public Optional<BirthReport> lock(long id) {
        return Optional.ofNullable(em.find(BirthReport.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void storeScans(long reportId, long officeId, List<StoredScan> scans) {
        if (scans.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into birth_report_scan (report_id, office_id, position, kind, file_name, content)"
                + " values ");
        for (int i = 0; i < scans.size(); i++) {
            int p = i * 6;
            sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2).append(", ?").append(p + 3)
                    .append(", ?").append(p + 4).append(", ?").append(p + 5).append(", ?").append(p + 6).append(')');
        }
        var insert = em.createNativeQuery(sql.toString()); // one statement for all of a report's scans
        for (int i = 0; i < scans.size(); i++) {
            StoredScan scan = scans.get(i);
            int p = i * 6;
            insert.setParameter(p + 1, reportId).setParameter(p + 2, officeId).setParameter(p + 3, i)
                    .setParameter(p + 4, scan.kind()).setParameter(p + 5, scan.fileName()).setParameter(p + 6, scan.content());
        }
        insert.executeUpdate();
    }

    @Override
    public List<StoredScan> scans(BirthReport report) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, file_name, content from birth_report_scan"
                + " where report_id = ?1 and content is not null order by position").setParameter(1, report.id()).getResultList();
        return rows.stream().map(r -> new StoredScan((String) r[0], (String) r[1], (byte[]) r[2])).toList();
    }

    @Override
    public void releaseScans(BirthReport report) {
        em.createNativeQuery("update birth_report_scan set content = null where report_id = ?1")
                .setParameter(1, report.id()).executeUpdate();
    }

    @Override
    public List<Long> lockDue(java.time.Instant now, int max) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from birth_report where status = 'RECEIVED' and next_attempt_at <= ?1"
                + " order by next_attempt_at, id limit " + max + " for update skip locked")
                .setParameter(1, Timestamp.from(now)).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public Optional<BirthReport> ofCaseNumber(String caseNumber) {
        return em.createQuery("select r from BirthReport r where r.caseNumber = :n", BirthReport.class)
                .setParameter("n", caseNumber).getResultStream().findFirst();
    }
}

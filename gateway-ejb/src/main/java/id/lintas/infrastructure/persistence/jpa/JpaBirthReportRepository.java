package id.lintas.infrastructure.persistence.jpa;

import id.lintas.domain.model.birthreport.BirthReport;
import id.lintas.domain.model.birthreport.BirthReportRepository;
import id.lintas.domain.model.birthreport.HospitalReference;
import id.lintas.domain.model.servicecase.CaseNumbers;
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
     * One statement, one round trip: the case number's serial ({@code case_number_seq}, padded as
     * {@link CaseNumbers#of} does), the report ({@code insert ... on conflict do nothing}:
     * PostgreSQL makes a second transaction with the same (hospital, reference) wait for the first
     * and then insert nothing, so exactly one arrival opens a case and no transaction fails on the
     * unique key), and its scans, inserted only when the report was.
     */
    @Override
    public Optional<Claimed> claim(Arrival a) {
        StringBuilder sql = new StringBuilder("with serial as (select nextval('case_number_seq') as n),"
                + " report as (insert into birth_report (office_id, institution_id, reference, fingerprint, channel, status,"
                + " next_attempt_at, case_number, born_at, details, received_at, received_by)"
                + " select ?1, ?2, ?3, ?4, ?5, 'RECEIVED', ?6, ?7 || case when n < 1" + "0".repeat(CaseNumbers.SERIAL_DIGITS)
                + " then lpad(n::text, " + CaseNumbers.SERIAL_DIGITS + ", '0') else n::text end, ?8, ?9, ?6, ?10 from serial"
                + " on conflict (institution_id, reference) do nothing returning id, case_number)");
        List<StoredScan> scans = a.scans();
        if (!scans.isEmpty()) {
            sql.append(", scans as (insert into birth_report_scan (report_id, office_id, position, kind, file_name, content)"
                    + " select report.id, ?1, s.position, s.kind, s.file_name, s.content from report, (values ");
            for (int i = 0; i < scans.size(); i++) {
                int p = 11 + i * 3;
                sql.append(i == 0 ? "" : ", ").append('(').append(i).append(", ?").append(p).append(", ?").append(p + 1)
                        .append(", ?").append(p + 2).append(')');
            }
            sql.append(") as s (position, kind, file_name, content))");
        }
        var insert = em.createNativeQuery(sql.append(" select id, case_number from report").toString())
                .setParameter(1, a.officeId()).setParameter(2, a.institutionId()).setParameter(3, a.reference().value())
                .setParameter(4, a.fingerprint()).setParameter(5, a.channel().name())
                .setParameter(6, Timestamp.from(a.receivedAt())).setParameter(7, a.caseNumberPrefix())
                .setParameter(8, Timestamp.from(a.bornAt())).setParameter(9, a.details()).setParameter(10, a.receivedBy());
        for (int i = 0; i < scans.size(); i++) {
            int p = 11 + i * 3;
            insert.setParameter(p, scans.get(i).kind()).setParameter(p + 1, scans.get(i).fileName())
                    .setParameter(p + 2, scans.get(i).content());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> claimed = insert.getResultList();
        return claimed.stream().findFirst().map(r -> new Claimed(((Number) r[0]).longValue(), (String) r[1]));
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

    /**
     * Without flushing first: it is asked at every move of a case (for the hospital's callbacks),
     * and a report's number never changes, while flushing the case being opened before each of
     * its moves cost the worker a fifth of its time.
     */
    @Override
    public Optional<BirthReport> ofCaseNumber(String caseNumber) {
        return em.createQuery("select r from BirthReport r where r.caseNumber = :n", BirthReport.class)
                .setParameter("n", caseNumber).setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .getResultStream().findFirst();
    }
}

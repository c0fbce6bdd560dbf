package id.lintas.infrastructure.persistence.jpa;

import id.lintas.domain.model.document.IssuedDocument;
import id.lintas.domain.model.document.IssuedDocumentRepository;
import id.lintas.domain.model.document.PassphraseAttempts;
import id.lintas.domain.model.document.SigningBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaIssuedDocumentRepository implements IssuedDocumentRepository {
    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @Override
    public Optional<IssuedDocument> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(IssuedDocument.class, id));
    }

    @Override
    public List<IssuedDocument> ofCase(long caseId) {
        return em.createQuery("select d from IssuedDocument d where d.caseId = :c order by d.createdAt, d.type",
                IssuedDocument.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public List<IssuedDocument> awaitingSignature(long officeId) {
        return em.createQuery("select d from IssuedDocument d where d.officeId = :o and d.status = "
                + "id.lintas.domain.model.document.IssuedDocumentStatus.AWAITING_SIGNATURE order by d.createdAt, d.caseNumber, d.type",
                IssuedDocument.class).setParameter("o", officeId).getResultList();
    }

    @Override
    public Optional<IssuedDocument> lockAwaiting(String id, long officeId) {
        List<?> ids = em.createNativeQuery("select id from issued_document where id = ?1 and office_id = ?2"
                + " and status = 'AWAITING_SIGNATURE' for update skip locked")
                .setParameter(1, id).setParameter(2, officeId).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        IssuedDocument d = em.find(IssuedDocument.class, id);
        em.refresh(d);
        return Optional.of(d);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<IssuedDocument> lockDueDrafts(Instant now, int limit) {
        List<String> ids = em.createNativeQuery("select id from issued_document where status = 'DRAFTING'"
                + " and next_attempt_at <= ?1 order by next_attempt_at, id limit ?2 for update skip locked")
                .setParameter(1, Timestamp.from(now)).setParameter(2, limit).getResultList();
        return ids.stream().map(i -> em.find(IssuedDocument.class, i)).toList();
    }

    @Override
    public void store(IssuedDocument document) {
        em.persist(document);
        // written at once: a revoked document names its replacement (a foreign key), and EclipseLink
        // would otherwise write that update before this insert
        em.flush();
    }

    @Override
    public PassphraseAttempts passphraseAttempts(long officeId, String username) {
        List<?> rows = em.createNativeQuery("select failures, locked_until from tte_signer where office_id = ?1 and username = ?2")
                .setParameter(1, officeId).setParameter(2, username).getResultList();
        if (rows.isEmpty()) {
            return PassphraseAttempts.none();
        }
        Object[] row = (Object[]) rows.get(0);
        return new PassphraseAttempts(((Number) row[0]).intValue(), instant(row[1]));
    }

    @Override
    public void storePassphraseAttempts(long officeId, String username, PassphraseAttempts attempts, Instant now) {
        em.createNativeQuery("insert into tte_signer (office_id, username, failures, locked_until, updated_at)"
                + " values (?1, ?2, ?3, cast(?4 as timestamptz), ?5) on conflict (office_id, username) do update set failures = excluded.failures,"
                + " locked_until = excluded.locked_until, updated_at = excluded.updated_at")
                .setParameter(1, officeId).setParameter(2, username).setParameter(3, attempts.failures())
                .setParameter(4, attempts.lockedUntil() == null ? null : Timestamp.from(attempts.lockedUntil()))
                .setParameter(5, Timestamp.from(now)).executeUpdate();
    }

    @Override
    public Optional<SigningBatch> batch(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(SigningBatch.class, id));
    }

    @Override
    public void store(SigningBatch batch) {
        em.persist(batch);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}

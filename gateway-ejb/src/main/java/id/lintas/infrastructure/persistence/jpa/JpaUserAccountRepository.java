package id.lintas.infrastructure.persistence.jpa;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.identity.UserAccount;
import id.lintas.domain.model.identity.UserAccountRepository;
import id.lintas.domain.model.identity.Username;
import id.lintas.domain.model.office.Office;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {
    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(Username username) {
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username.value()).getResultStream().findFirst();
    }

    @Override
    public Optional<AccountKey> activeAccount(Username username) {
        return em.createQuery("select u.username, u.role, u.office.id, i.id from UserAccount u left join u.institution i"
                + " where u.username = :u and u.active = true", Object[].class)
                .setParameter("u", username.value()).getResultStream().findFirst()
                .map(r -> new AccountKey((String) r[0], (Role) r[1], ((Number) r[2]).longValue(),
                        r[3] == null ? null : ((Number) r[3]).longValue()));
    }

    @Override
    public List<UserAccount> findByOffice(Office office) {
        return em.createQuery("select u from UserAccount u left join fetch u.institution where u.office = :o"
                + " order by u.role, u.fullName", UserAccount.class).setParameter("o", office).getResultList();
    }

    @Override
    public void store(UserAccount account) {
        em.persist(account);
    }
}

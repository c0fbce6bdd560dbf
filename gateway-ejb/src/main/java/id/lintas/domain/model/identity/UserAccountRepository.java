package id.lintas.domain.model.identity;

import id.lintas.domain.model.office.Office;
import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {
    Optional<UserAccount> findByUsername(Username username);

    /** The office's accounts ordered by role, then name. */
    List<UserAccount> findByOffice(Office office);

    void store(UserAccount account);
}

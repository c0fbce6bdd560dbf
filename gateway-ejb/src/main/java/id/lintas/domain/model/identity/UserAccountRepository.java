package id.lintas.domain.model.identity;

import id.lintas.domain.model.office.Office;
import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {
    Optional<UserAccount> findByUsername(Username username);

    /**
     * Who an active account is, without loading it: what every request of a signed-in caller
     * needs (its role, office and institution) in one small query.
     */
    Optional<AccountKey> activeAccount(Username username);

    /** An active account's name, role, office and (for an outside institution's operator) institution. */
    record AccountKey(String username, Role role, long officeId, Long institutionId) {
    }

    /** The office's accounts ordered by role, then name. */
    List<UserAccount> findByOffice(Office office);

    void store(UserAccount account);
}

package id.lintas.domain.model.servicecase;

import id.lintas.domain.model.identity.Role;
import java.util.Objects;

/**
 * Who acts on a case: the account's name, its role, its office and, for an outside
 * institution's operator, that institution.
 */
public record Actor(String username, Role role, long officeId, Long institutionId) {
    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }
}

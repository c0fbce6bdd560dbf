package id.lintas.application.servicecase;

import id.lintas.domain.model.identity.UserAccountRepository;
import id.lintas.domain.model.identity.Username;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.shared.BusinessException;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The signed-in caller as an {@link Actor}: role, office and institution from their account. */
@ApplicationScoped
public class ActorLookup {
    @Inject
    UserAccountRepository accounts;

    public Actor of(SessionContext context) {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        if (name == null || "ANONYMOUS".equals(name)) {
            throw new BusinessException("auth.required");
        }
        return named(name);
    }

    /** The active account {@code username} as an {@link Actor} (for work done later on its behalf). */
    public Actor named(String username) {
        UserAccountRepository.AccountKey account = accounts.activeAccount(Username.of(username))
                .orElseThrow(() -> new BusinessException("auth.required"));
        return new Actor(account.username(), account.role(), account.officeId(), account.institutionId());
    }
}

package id.lintas.application.servicecase;

import id.lintas.domain.model.identity.UserAccountRepository;
import id.lintas.domain.model.identity.Username;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.shared.BusinessException;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signed-in caller as an {@link Actor}: role, office and institution from their account.
 *
 * <p>The signed-in caller's account is remembered for {@link #RECENT} ({@link #of}): a hospital
 * system sends hundreds of reports a minute under one account, and reading it for each was one
 * of the few statements of a report. An account closed meanwhile is refused within that time
 * (its credentials are remembered longer still, see the web tier's {@code VerifiedCredentials}).
 * Work done later on an account's behalf ({@link #named}) always reads it: a report whose
 * account was closed must not get its case. Local to one instance; nothing here must be shared.
 */
@ApplicationScoped
public class ActorLookup {
    static final Duration RECENT = Duration.ofSeconds(10);
    static final int MAX_REMEMBERED = 10_000;

    private record Remembered(Actor actor, long untilNanos) {
    }

    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

    @Inject
    UserAccountRepository accounts;

    public Actor of(SessionContext context) {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        if (name == null || "ANONYMOUS".equals(name)) {
            throw new BusinessException("auth.required");
        }
        long now = System.nanoTime();
        Remembered remembered = recent.get(name);
        if (remembered != null && remembered.untilNanos() - now > 0) {
            return remembered.actor();
        }
        Actor actor = named(name);
        if (recent.size() >= MAX_REMEMBERED) {
            recent.clear();
        }
        recent.put(name, new Remembered(actor, now + RECENT.toNanos()));
        return actor;
    }

    /** The active account {@code username} as an {@link Actor} (for work done later on its behalf). */
    public Actor named(String username) {
        UserAccountRepository.AccountKey account = accounts.activeAccount(Username.of(username))
                .orElseThrow(() -> new BusinessException("auth.required"));
        return new Actor(account.username(), account.role(), account.officeId(), account.institutionId());
    }
}

package id.lintas.application.audit;

import id.lintas.domain.model.audit.AuditAction;
import id.lintas.domain.model.audit.AuditEntry;
import id.lintas.domain.model.audit.AuditLog;
import id.lintas.domain.model.identity.UserAccount;
import id.lintas.domain.model.identity.UserAccountRepository;
import id.lintas.domain.model.identity.Username;
import id.lintas.domain.shared.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Records security events. Each entry is written in its own transaction so a refused or
 * failed action still leaves its trace.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditTrail {
    @Inject
    AuditLog log;

    @Inject
    UserAccountRepository accounts;

    public void loginSucceeded(String username, String remoteAddress) {
        record(username, AuditAction.LOGIN, null, remoteAddress);
    }

    /** A refused login; the typed name is kept (clipped) so attacks on a name can be seen. */
    public void loginFailed(String typedUsername, String remoteAddress) {
        record(typedUsername == null || typedUsername.isBlank() ? "-" : typedUsername.strip(), AuditAction.LOGIN_FAILED,
                null, remoteAddress);
    }

    public void loggedOut(String username, String remoteAddress) {
        record(username, AuditAction.LOGOUT, null, remoteAddress);
    }

    public void accessDenied(String username, String path, String remoteAddress) {
        record(username, AuditAction.ACCESS_DENIED, path, remoteAddress);
    }

    private void record(String actor, AuditAction action, String subject, String remoteAddress) {
        Long officeId = officeOf(actor);
        log.append(new AuditEntry(Instant.now(), officeId, actor, action, subject, null, remoteAddress));
    }

    private Long officeOf(String actor) {
        try {
            return accounts.findByUsername(Username.of(actor)).map(UserAccount::office).map(o -> o.id()).orElse(null);
        } catch (BusinessException notAUsername) {
            return null;
        }
    }
}

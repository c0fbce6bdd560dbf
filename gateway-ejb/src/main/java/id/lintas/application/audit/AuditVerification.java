package id.lintas.application.audit;

import id.lintas.domain.model.audit.AuditAction;
import id.lintas.domain.model.audit.AuditChain;
import id.lintas.domain.model.audit.AuditEntry;
import id.lintas.domain.model.audit.AuditLog;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.identity.UserAccountRepository;
import id.lintas.domain.model.identity.Username;
import id.lintas.infrastructure.persistence.audit.JdbcAuditSeals;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The admin's view of the audit log: the office's recent entries and the chain's verification. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AuditVerification {
    @Inject
    JdbcAuditSeals seals;

    @Inject
    AuditLog log;

    @Inject
    UserAccountRepository accounts;

    @Resource
    SessionContext context;

    /** Verifies the whole chain and records that it was verified, with the outcome. */
    public AuditCheck verify() throws SQLException {
        AuditChain.Verification v = seals.verify();
        AuditCheck check = new AuditCheck(v.intact(), v.checked(), seals.unsealed(), v.brokenAtSeq(), v.brokenEntryId(),
                v.problemKey());
        String admin = context.getCallerPrincipal().getName();
        log.append(new AuditEntry(Instant.now(), officeId(admin), admin, AuditAction.AUDIT_VERIFIED, null,
                v.intact() ? "intact, " + v.checked() + " entries" : v.problemKey() + " at seq " + v.brokenAtSeq(), null));
        return check;
    }

    public List<AuditEntryView> recent(int limit) {
        Long office = officeId(context.getCallerPrincipal().getName());
        return log.recent(office, Math.min(limit, 500)).stream()
                .map(e -> new AuditEntryView(e.id(), e.occurredAt(), e.actor(), e.action().name(), e.subject(), e.detail(),
                        e.remoteAddress()))
                .toList();
    }

    private Long officeId(String username) {
        return accounts.findByUsername(Username.of(username)).map(u -> u.office().id()).orElseThrow();
    }
}

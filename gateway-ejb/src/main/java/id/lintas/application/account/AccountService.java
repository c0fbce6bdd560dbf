package id.lintas.application.account;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.identity.UserAccount;
import id.lintas.domain.model.identity.UserAccountRepository;
import id.lintas.domain.model.identity.Username;
import id.lintas.domain.model.office.Institution;
import id.lintas.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The signed-in user's own account, and the office's accounts for its admin. */
@Stateless
public class AccountService {
    @Inject
    UserAccountRepository accounts;

    @Resource
    SessionContext context;

    /** The account of the caller; refused when the caller is not signed in or was deactivated. */
    @PermitAll
    public UserProfile currentProfile() {
        UserAccount user = currentUser();
        Institution institution = user.institution().orElse(null);
        return new UserProfile(user.username().value(), user.fullName(), user.role().name(), user.office().code().value(),
                user.office().name(), user.office().timeZone().getId(),
                institution == null ? null : institution.type().name(), institution == null ? null : institution.name());
    }

    /** Every account of the admin's own office, never another office's. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<UserSummary> officeUsers() {
        UserAccount admin = currentUser();
        return accounts.findByOffice(admin.office()).stream()
                .map(u -> new UserSummary(u.username().value(), u.fullName(), u.role().name(),
                        u.institution().map(Institution::name).orElse(null), u.isActive()))
                .toList();
    }

    UserAccount currentUser() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        if (name == null || "ANONYMOUS".equals(name)) {
            throw new BusinessException("auth.required");
        }
        return accounts.findByUsername(Username.of(name)).filter(UserAccount::isActive)
                .orElseThrow(() -> new BusinessException("auth.required"));
    }
}

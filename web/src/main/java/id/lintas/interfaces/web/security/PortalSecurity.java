package id.lintas.interfaces.web.security;

import id.lintas.application.account.PasswordHashing;
import id.lintas.domain.model.identity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Who may sign in: the {@code app_user} table, with PBKDF2 password hashes. A deactivated account
 * cannot sign in. The role of an account is its security group. How they sign in (the portal's
 * JSF login form, HTTP Basic for hospital systems) is {@link LintasAuthentication}.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/lintas",
        callerQuery = "select password_hash from app_user where username = ? and active",
        groupsQuery = "select role from app_user where username = ? and active",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {PasswordHashing.ALGORITHM, PasswordHashing.ITERATIONS, PasswordHashing.SALT_SIZE,
            PasswordHashing.KEY_SIZE})
@DeclareRoles({Role.Names.OPERATOR, Role.Names.KASI, Role.Names.KABID_DAFDUK, Role.Names.KABID_CAPIL, Role.Names.KADIS,
    Role.Names.HOSPITAL, Role.Names.COURIER, Role.Names.SCHOOL, Role.Names.VILLAGE, Role.Names.ADMIN})
@ApplicationScoped
public class PortalSecurity {
}

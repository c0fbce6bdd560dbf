package id.lintas.interfaces.web.security;

import id.lintas.application.account.PasswordHashing;
import id.lintas.domain.model.identity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * How the portal signs people in: a JSF login form (so refusals can be audited and shown in
 * the user's language) against the {@code app_user} table, with PBKDF2 password hashes. A
 * deactivated account cannot sign in. The role of an account is its security group.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
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

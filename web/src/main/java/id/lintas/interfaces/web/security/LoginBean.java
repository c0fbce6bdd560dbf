package id.lintas.interfaces.web.security;

import id.lintas.application.audit.AuditTrail;
import id.lintas.interfaces.web.shell.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;

/**
 * The login form: authenticates through Jakarta Security, audits every attempt, and sends the
 * user to the home page of their role. (Returning to the page that asked for the login is left
 * out on purpose: Soteria's saved-request continuation loses the caller's groups for EJB calls
 * on Payara 6.)
 */
@Named
@RequestScoped
public class LoginBean {
    private static final String SOTERIA_CALLER_INITIATED = "org.glassfish.soteria.caller_initiated_authentication";

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @EJB
    AuditTrail audit;

    private String username;
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(name, password == null ? "" : password)));
        password = null;
        switch (status) {
            case SUCCESS -> {
                audit.loginSucceeded(name, request.getRemoteAddr());
                external.redirect(request.getContextPath()
                        + RoleHome.of(request).map(RoleHome::homePage).orElse("/login.xhtml"));
            }
            default -> {
                // Soteria (Payara 6) leaves its "caller initiated" flag in the session after a failed
                // attempt; every later protected request of the session would then be answered blank
                // instead of being sent to the login page.
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.removeAttribute(SOTERIA_CALLER_INITIATED);
                }
                audit.loginFailed(name, request.getRemoteAddr());
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get(faces, "login.failed"), null));
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

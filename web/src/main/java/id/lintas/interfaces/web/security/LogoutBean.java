package id.lintas.interfaces.web.security;

import id.lintas.application.audit.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

@Named
@RequestScoped
public class LogoutBean {
    @Inject
    FacesContext faces;

    @EJB
    AuditTrail audit;

    public void logout() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            audit.loggedOut(request.getUserPrincipal().getName(), request.getRemoteAddr());
        }
        request.logout();
        external.invalidateSession();
        external.redirect(request.getContextPath() + "/login.xhtml?keluar=1");
    }
}

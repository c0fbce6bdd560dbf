package id.lintas.interfaces.web.security;

import id.lintas.application.audit.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Backs the 403 page: records who was refused what. */
@Named
@RequestScoped
public class AccessDeniedPage {
    @Inject
    FacesContext faces;

    @EJB
    AuditTrail audit;

    public void record() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (request.getUserPrincipal() != null && uri != null && !faces.isPostback()) {
            audit.accessDenied(request.getUserPrincipal().getName(), String.valueOf(uri), request.getRemoteAddr());
        }
    }
}

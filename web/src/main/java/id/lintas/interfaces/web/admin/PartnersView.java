package id.lintas.interfaces.web.admin;

import id.lintas.application.notification.Partners;
import id.lintas.interfaces.web.shell.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/** The admin's hospitals and puskesmas: their callback URLs; a new secret is shown on the answer that made it, only. */
@Named
@RequestScoped
public class PartnersView {
    @EJB
    Partners partners;

    private List<Partners.Partner> list;
    private Long partnerId;
    private String url;
    private String secret;

    public List<Partners.Partner> getPartners() {
        if (list == null) {
            list = partners.list();
        }
        return list;
    }

    public void save() {
        secret = partners.changeCallbackUrl(partnerId, url).orElse(null);
        done("admin.partners.saved");
    }

    public void newSecret() {
        secret = partners.newSecret(partnerId);
        done("admin.partners.secretMade");
    }

    private void done(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(faces, key), null));
        list = null;
    }

    /** The secret just made, for this answer only. */
    public String getSecret() {
        return secret;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}

package id.lintas.interfaces.web.shell;

import id.lintas.application.account.AccountService;
import id.lintas.application.account.UserProfile;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The signed-in user, loaded once per session. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient AccountService accounts;

    private UserProfile profile;

    public UserProfile getProfile() {
        if (profile == null) {
            profile = accounts.currentProfile();
        }
        return profile;
    }
}

package id.lintas.interfaces.web.admin;

import id.lintas.application.account.AccountService;
import id.lintas.application.account.UserSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The admin's list of the office's accounts. */
@Named
@RequestScoped
public class OfficeUsersView {
    @EJB
    AccountService accounts;

    private List<UserSummary> users;

    public List<UserSummary> getUsers() {
        if (users == null) {
            users = accounts.officeUsers();
        }
        return users;
    }
}

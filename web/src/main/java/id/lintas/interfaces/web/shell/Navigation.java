package id.lintas.interfaces.web.shell;

import id.lintas.domain.model.identity.Role;
import id.lintas.interfaces.web.security.RoleHome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The menu of the signed-in role: only pages inside the role's own folder. Each role's entries
 * are data here; pages of later features add their entry to their role.
 */
@Named
@RequestScoped
public class Navigation {
    /** A menu entry: bundle key of its label, page inside the role folder, PrimeIcons icon. */
    public record Item(String labelKey, String page, String icon) {
    }

    private static final Item HOME = new Item("nav.home", "index.xhtml", "pi pi-home");
    private static final Item NEW_CASE = new Item("nav.newCase", "new-case.xhtml", "pi pi-plus");
    /** Births (SELINTAS, whose cases are opened by birth reports only) are reported on their own form. */
    private static final Item BIRTH_REPORT = new Item("nav.birthReport", "birth-report.xhtml", "pi pi-file-edit");
    /** Residents' complaints (pengaduan) from WhatsApp, routed to a kabid. */
    private static final Item COMPLAINTS = new Item("nav.complaints", "complaints.xhtml", "pi pi-megaphone");
    /** The roles that perform the first step of a SOP open cases (see each SOP's first step). */
    private static final Map<Role, List<Item>> EXTRA = Map.of(
            Role.OPERATOR, List.of(NEW_CASE),
            Role.HOSPITAL, List.of(BIRTH_REPORT, NEW_CASE),
            Role.VILLAGE, List.of(NEW_CASE),
            Role.KADIS, List.of(new Item("nav.tte", "tte.xhtml", "pi pi-pencil")),
            Role.KABID_CAPIL, List.of(COMPLAINTS),
            Role.KABID_DAFDUK, List.of(COMPLAINTS),
            Role.ADMIN, List.of(new Item("nav.users", "users.xhtml", "pi pi-users"),
                    new Item("nav.audit", "audit.xhtml", "pi pi-shield"),
                    new Item("nav.deadLetters", "dead-letters.xhtml", "pi pi-inbox"),
                    new Item("nav.partners", "partners.xhtml", "pi pi-link")));

    @Inject
    FacesContext faces;

    public List<Item> getItems() {
        List<Item> items = new ArrayList<>();
        items.add(HOME);
        currentRole().map(r -> EXTRA.getOrDefault(r, List.of())).ifPresent(items::addAll);
        return items;
    }

    public String href(Item item) {
        return currentRole().map(r -> faces.getExternalContext().getRequestContextPath() + RoleHome.folder(r) + item.page())
                .orElse("#");
    }

    private java.util.Optional<Role> currentRole() {
        return RoleHome.of((HttpServletRequest) faces.getExternalContext().getRequest());
    }
}

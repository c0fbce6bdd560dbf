package id.lintas.interfaces.web.security;

import id.lintas.domain.model.identity.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where each role works in the portal: one folder per role ({@code KABID_CAPIL} →
 * {@code /kabid-capil/}), protected in web.xml for that role alone.
 */
public final class RoleHome {
    private RoleHome() {
    }

    public static String folder(Role role) {
        return "/" + role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "/";
    }

    public static String homePage(Role role) {
        return folder(role) + "index.xhtml";
    }

    /** The role of the signed-in caller of this request, if any. */
    public static Optional<Role> of(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            return Optional.empty();
        }
        return Arrays.stream(Role.values()).filter(r -> request.isUserInRole(r.name())).findFirst();
    }
}

package id.lintas.interfaces.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The portal's front door: the signed-in user's home page, or the login page. */
@WebServlet(urlPatterns = {"", "/home"})
public class EntryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = RoleHome.of(request).map(RoleHome::homePage).orElse("/login.xhtml");
        response.sendRedirect(request.getContextPath() + target);
    }
}

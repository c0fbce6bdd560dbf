package id.lintas.interfaces.web.tte;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The address a document's QR code encodes, {@code /verifikasi/{id}}: public (no login), shown by
 * the verification page, to which it forwards with the id.
 */
@WebServlet("/verifikasi/*")
public class VerificationServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String DOCUMENT_ID = "lintas.verification.documentId";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        String id = path == null ? "" : path.replaceAll("^/+|/+$", "");
        request.setAttribute(DOCUMENT_ID, id);
        request.getRequestDispatcher("/verification.xhtml").forward(request, response);
    }
}

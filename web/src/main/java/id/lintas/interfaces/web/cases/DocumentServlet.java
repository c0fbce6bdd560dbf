package id.lintas.interfaces.web.cases;

import id.lintas.application.servicecase.AttachmentFile;
import id.lintas.application.servicecase.CaseQueries;
import id.lintas.domain.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a document a case issued (the signed PDF once signed, else the draft) to a signed-in user
 * who may see the case (audited by the application), or 404; {@code download=1} saves it instead
 * of showing it.
 */
@WebServlet("/document")
public class DocumentServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    transient CaseQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || !id.matches("[0-9a-f-]{36}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentFile file;
        try {
            file = queries.document(id);
        } catch (BusinessException notVisible) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "private, no-store");
        FileResponses.send(response, file, "1".equals(request.getParameter("download")));
    }
}

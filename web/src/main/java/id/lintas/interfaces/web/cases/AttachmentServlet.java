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

/** Sends an attachment of a case the caller may see (audited by the application), or 404. */
@WebServlet("/attachment")
public class AttachmentServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    transient CaseQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String caseId = request.getParameter("case");
        String id = request.getParameter("id");
        if (caseId == null || id == null || !caseId.matches("\\d{1,18}") || !id.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentFile file;
        try {
            file = queries.attachment(Long.parseLong(caseId), Long.parseLong(id));
        } catch (BusinessException notVisible) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileResponses.send(response, file, false);
    }
}

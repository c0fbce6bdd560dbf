package id.lintas.interfaces.web.cases;

import id.lintas.application.hospital.HospitalLetters;
import id.lintas.domain.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a hospital letter of a SELINTAS case the caller may see ({@code ?case=..&kind=BIRTH_LETTER}
 * or {@code COVER_LETTER}) as PDF, or 404.
 */
@WebServlet("/letter")
public class LetterServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    transient HospitalLetters letters;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String caseId = request.getParameter("case");
        String kind = request.getParameter("kind");
        if (caseId == null || kind == null || !caseId.matches("\\d{1,18}") || !kind.matches("BIRTH_LETTER|COVER_LETTER")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        HospitalLetters.Kind letter = HospitalLetters.Kind.valueOf(kind);
        byte[] pdf;
        try {
            pdf = letters.letter(Long.parseLong(caseId), letter);
        } catch (BusinessException notVisible) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "inline; filename=\"" + letter.fileName(caseId) + "\"");
        response.getOutputStream().write(pdf);
    }
}

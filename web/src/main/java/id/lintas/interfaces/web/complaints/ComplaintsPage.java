package id.lintas.interfaces.web.complaints;

import id.lintas.application.whatsapp.ComplaintDesk;
import id.lintas.interfaces.web.shell.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The kabid's complaints page: the residents' complaints routed to the division, each answered once. */
@Named
@ViewScoped
public class ComplaintsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient ComplaintDesk desk;

    private List<ComplaintDesk.ComplaintView> complaints;
    private final Map<Long, String> answers = new HashMap<>();

    public List<ComplaintDesk.ComplaintView> getComplaints() {
        if (complaints == null) {
            complaints = desk.inbox();
        }
        return complaints;
    }

    /** The answers being written, per complaint id. */
    public Map<Long, String> getAnswers() {
        return answers;
    }

    public void answer(long complaintId) {
        desk.answer(complaintId, answers.get(complaintId));
        answers.remove(complaintId);
        complaints = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(faces, "complaints.answered"), null));
    }
}

package id.lintas.interfaces.web.hospital;

import id.lintas.application.hospital.BirthIntake;
import id.lintas.domain.model.birthreport.BirthReportForm;
import id.lintas.domain.model.sop.ChecklistItem;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.file.UploadedFile;

/**
 * The hospital portal's birth report (SELINTAS), for a puskesmas without a system of its own: the
 * same report as the REST and SOAP services take, typed in, with the scans uploaded and the
 * checklist of the hospital's steps confirmed. Translation only: {@link BirthIntake} checks it.
 */
@Named
@ViewScoped
public class BirthReportPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient BirthIntake intake;

    private final BirthFields fields = new BirthFields();
    /** Only within the request that submits: uploads are not kept in the view. */
    private transient Map<String, UploadedFile> scans;
    private List<String> confirmed = new ArrayList<>();
    private List<ChecklistItem> checklist;

    /** The scans the page offers, in order: kind → label key of the web bundle. */
    public List<String> getScanKinds() {
        return List.of("KK", "MOTHER_ID", "FATHER_ID", "MARRIAGE_CERTIFICATE", "SPTJM", "BIRTH_LETTER");
    }

    public List<ChecklistItem> getChecklist() {
        if (checklist == null) {
            checklist = intake.hospitalChecklist();
        }
        return checklist;
    }

    public void submit() throws IOException {
        List<BirthReportForm.Scan> sent = new ArrayList<>();
        getScans().forEach((kind, file) -> {
            if (file != null && file.getSize() > 0) {
                sent.add(new BirthReportForm.Scan(kind, file.getFileName(), file.getContent()));
            }
        });
        long caseId = intake.submitFromPortal(fields.form(sent), Set.copyOf(confirmed));
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/hospital/case.xhtml?id=" + caseId);
    }

    public BirthFields getFields() {
        return fields;
    }

    public Map<String, UploadedFile> getScans() {
        if (scans == null) {
            scans = new LinkedHashMap<>();
        }
        return scans;
    }

    public List<String> getConfirmed() {
        return confirmed;
    }

    public void setConfirmed(List<String> confirmed) {
        this.confirmed = confirmed == null ? new ArrayList<>() : confirmed;
    }
}

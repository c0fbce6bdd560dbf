package id.lintas.interfaces.web.cases;

import id.lintas.application.servicecase.CaseRef;
import id.lintas.application.servicecase.CaseService;
import id.lintas.application.servicecase.InstitutionOption;
import id.lintas.application.servicecase.OpenCaseRequest;
import id.lintas.application.servicecase.OpenableSop;
import id.lintas.interfaces.web.shell.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Opening a case: the SOP, the subject, the applicant's NIK and, for SOPs that work per item,
 * the students or targets, one a line ("name" or "name; NIK").
 */
@Named
@ViewScoped
public class NewCasePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient CaseService service;

    private List<OpenableSop> sops;
    private List<InstitutionOption> institutions;
    private Long institutionId;
    private String sopCode;
    private String subject;
    private String items;
    private List<String> documents = new ArrayList<>();
    private final Particulars particulars = new Particulars();

    /** The persons' particulars: the applicant's NIK, a birth's child, KK and parents. */
    public Particulars getParticulars() {
        return particulars;
    }

    public List<OpenableSop> getSops() {
        if (sops == null) {
            sops = service.openable();
        }
        return sops;
    }

    /** The office's partner institutions (shown to staff only; a partner opens for its own). */
    public List<InstitutionOption> getInstitutions() {
        if (institutions == null) {
            institutions = service.institutions();
        }
        return institutions;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public void open() throws IOException {
        List<OpenCaseRequest.Item> list = new ArrayList<>();
        if (items != null) {
            for (String line : items.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split(";", 2);
                list.add(new OpenCaseRequest.Item(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null));
            }
        }
        CaseRef opened = service.open(new OpenCaseRequest(sopCode, institutionId, subject, particulars.getFamilyKk(),
                particulars.persons(subject), list, null, documents));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(faces, "case.opened", opened.caseNumber()), null));
        faces.getExternalContext().redirect("case.xhtml?id=" + opened.id());
    }

    /**
     * The documents a case may apply for, of every openable SOP that signs what was applied for
     * (DIK JAMILA ME-WA), once each; the chosen SOP refuses them if it does not sign them.
     */
    public List<OpenableSop.DocumentOption> getDocumentOptions() {
        return getSops().stream().flatMap(s -> s.documents().stream()).distinct().toList();
    }

    public List<String> getDocuments() {
        return documents;
    }

    public void setDocuments(List<String> documents) {
        this.documents = documents == null ? new ArrayList<>() : new ArrayList<>(documents);
    }

    public String getSopCode() {
        return sopCode;
    }

    public void setSopCode(String sopCode) {
        this.sopCode = sopCode;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getItems() {
        return items;
    }

    public void setItems(String items) {
        this.items = items;
    }

}

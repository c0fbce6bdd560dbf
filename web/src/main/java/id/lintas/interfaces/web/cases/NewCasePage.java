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
    private String applicantNik;
    private String items;
    private String childName;
    private String childBirthPlace;
    private String familyKk;
    private String childSex;
    private java.time.LocalDate childBirthDate;
    private String motherName;
    private String motherNik;
    private String fatherName;
    private String fatherNik;

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
        List<OpenCaseRequest.Person> persons = new ArrayList<>();
        if (applicantNik != null && !applicantNik.isBlank()) {
            persons.add(new OpenCaseRequest.Person("APPLICANT", applicantNik, subject, null, null));
        }
        if (childName != null && !childName.isBlank()) {
            persons.add(new OpenCaseRequest.Person("CHILD", null, childName, childSex, childBirthDate, childBirthPlace));
            if (motherName != null && !motherName.isBlank()) {
                persons.add(new OpenCaseRequest.Person("MOTHER", motherNik, motherName, "FEMALE", null));
            }
            if (fatherName != null && !fatherName.isBlank()) {
                persons.add(new OpenCaseRequest.Person("FATHER", fatherNik, fatherName, "MALE", null));
            }
        }
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
        CaseRef opened = service.open(new OpenCaseRequest(sopCode, institutionId, subject, familyKk, persons, list));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(faces, "case.opened", opened.caseNumber()), null));
        faces.getExternalContext().redirect("case.xhtml?id=" + opened.id());
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

    public String getApplicantNik() {
        return applicantNik;
    }

    public void setApplicantNik(String applicantNik) {
        this.applicantNik = applicantNik;
    }

    public String getItems() {
        return items;
    }

    public void setItems(String items) {
        this.items = items;
    }

    public String getChildName() {
        return childName;
    }

    public void setChildName(String childName) {
        this.childName = childName;
    }

    public String getChildSex() {
        return childSex;
    }

    public void setChildSex(String childSex) {
        this.childSex = childSex;
    }

    public java.time.LocalDate getChildBirthDate() {
        return childBirthDate;
    }

    public void setChildBirthDate(java.time.LocalDate childBirthDate) {
        this.childBirthDate = childBirthDate;
    }

    public String getMotherName() {
        return motherName;
    }

    public void setMotherName(String motherName) {
        this.motherName = motherName;
    }

    public String getMotherNik() {
        return motherNik;
    }

    public void setMotherNik(String motherNik) {
        this.motherNik = motherNik;
    }

    public String getFatherName() {
        return fatherName;
    }

    public void setFatherName(String fatherName) {
        this.fatherName = fatherName;
    }

    public String getFatherNik() {
        return fatherNik;
    }

    public void setFatherNik(String fatherNik) {
        this.fatherNik = fatherNik;
    }

    public String getChildBirthPlace() {
        return childBirthPlace;
    }

    public void setChildBirthPlace(String childBirthPlace) {
        this.childBirthPlace = childBirthPlace;
    }

    public String getFamilyKk() {
        return familyKk;
    }

    public void setFamilyKk(String familyKk) {
        this.familyKk = familyKk;
    }
}

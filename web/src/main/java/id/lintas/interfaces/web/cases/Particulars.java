package id.lintas.interfaces.web.cases;

import id.lintas.application.servicecase.OpenCaseRequest;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The particulars of the persons a case concerns as staff type them: the applicant's NIK, for a
 * birth the child, the family's KK and the parents, for a death the deceased with the date and
 * place of death. Entered when a case is opened at the desk, or read from the scans of a
 * resident's application on its case page (the same fields, {@code
 * /WEB-INF/includes/birth-particulars.xhtml} and {@code death-particulars.xhtml}).
 */
public class Particulars implements Serializable {
    private static final long serialVersionUID = 1L;

    private String applicantNik;
    private String childName;
    private String childBirthPlace;
    private String familyKk;
    private String childSex;
    private LocalDate childBirthDate;
    private String motherName;
    private String motherNik;
    private String fatherName;
    private String fatherNik;
    private String deceasedNik;
    private String deceasedName;
    private LocalDate diedOn;
    private String deathPlace;
    private String deliveryAddress;
    private String deliveryPhone;

    /** The persons entered; {@code subject} names the applicant whose NIK was given. */
    public List<OpenCaseRequest.Person> persons(String subject) {
        List<OpenCaseRequest.Person> persons = new ArrayList<>();
        if (present(applicantNik)) {
            persons.add(new OpenCaseRequest.Person("APPLICANT", applicantNik, subject, null, null));
        }
        if (present(childName)) {
            persons.add(new OpenCaseRequest.Person("CHILD", null, childName, childSex, childBirthDate, childBirthPlace));
            if (present(motherName)) {
                persons.add(new OpenCaseRequest.Person("MOTHER", motherNik, motherName, "FEMALE", null));
            }
            if (present(fatherName)) {
                persons.add(new OpenCaseRequest.Person("FATHER", fatherNik, fatherName, "MALE", null));
            }
        }
        if (present(deceasedNik) || present(deceasedName) || diedOn != null || present(deathPlace)) {
            persons.add(new OpenCaseRequest.Person("DECEASED", deceasedNik, present(deceasedName) ? deceasedName : deceasedNik,
                    null, null, null, diedOn, deathPlace));
        }
        return persons;
    }

    public String getDeceasedNik() {
        return deceasedNik;
    }

    public void setDeceasedNik(String deceasedNik) {
        this.deceasedNik = deceasedNik;
    }

    public String getDeceasedName() {
        return deceasedName;
    }

    public void setDeceasedName(String deceasedName) {
        this.deceasedName = deceasedName;
    }

    public LocalDate getDiedOn() {
        return diedOn;
    }

    public void setDiedOn(LocalDate diedOn) {
        this.diedOn = diedOn;
    }

    public String getDeathPlace() {
        return deathPlace;
    }

    public void setDeathPlace(String deathPlace) {
        this.deathPlace = deathPlace;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    public String getApplicantNik() {
        return applicantNik;
    }

    public void setApplicantNik(String applicantNik) {
        this.applicantNik = applicantNik;
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

    public LocalDate getChildBirthDate() {
        return childBirthDate;
    }

    public void setChildBirthDate(LocalDate childBirthDate) {
        this.childBirthDate = childBirthDate;
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

    /** Where the cards (KIA, KTP-el) go by courier: the address on the family's KK, as the applicant sent it. */
    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public void setDeliveryAddress(String deliveryAddress) {
        this.deliveryAddress = deliveryAddress;
    }

    /** The phone the courier calls on delivery (an email application gives no WhatsApp number). */
    public String getDeliveryPhone() {
        return deliveryPhone;
    }

    public void setDeliveryPhone(String deliveryPhone) {
        this.deliveryPhone = deliveryPhone;
    }

    public String getFatherNik() {
        return fatherNik;
    }

    public void setFatherNik(String fatherNik) {
        this.fatherNik = fatherNik;
    }
}

package id.lintas.interfaces.web.hospital;

import id.lintas.domain.model.birthreport.BirthReportForm;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The typed-in fields of a birth report, as the form binds them; {@link #form} hands them over as received. */
public class BirthFields implements Serializable {
    private static final long serialVersionUID = 1L;

    private String reference;
    private String dateTime;
    private String place;
    private String attendant;
    private String attendantName;
    private Integer weightGrams;
    private Integer lengthCm;
    private Integer birthOrder = 1;
    private String multiplicity = "SINGLE";
    private String childName;
    private String childSex;
    private String motherNik;
    private String motherName;
    private String fatherNik;
    private String fatherName;
    private String familyKk;
    private String marriageEvidence;
    private String marriageNumber;
    private String reporterNik;
    private String reporterName;
    private String witness1Nik;
    private String witness1Name;
    private String witness2Nik;
    private String witness2Name;
    private String email;
    private String phone;

    BirthReportForm form(List<BirthReportForm.Scan> scans) {
        List<BirthReportForm.Person> witnesses = new ArrayList<>();
        addIfAny(witnesses, witness1Nik, witness1Name);
        addIfAny(witnesses, witness2Nik, witness2Name);
        return new BirthReportForm(reference,
                new BirthReportForm.Birth(dateTime, place, attendant, attendantName, weightGrams, lengthCm, birthOrder, multiplicity),
                new BirthReportForm.Child(childName, childSex), person(motherNik, motherName), person(fatherNik, fatherName),
                familyKk, new BirthReportForm.Marriage(marriageEvidence, marriageNumber), person(reporterNik, reporterName),
                witnesses, scans.isEmpty() ? null : scans, new BirthReportForm.Contact(email, phone));
    }

    private static BirthReportForm.Person person(String nik, String name) {
        return blank(nik) && blank(name) ? null : new BirthReportForm.Person(nik, name);
    }

    private static void addIfAny(List<BirthReportForm.Person> into, String nik, String name) {
        BirthReportForm.Person p = person(nik, name);
        if (p != null) {
            into.add(p);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getReference() { return reference; }
    public void setReference(String v) { reference = v; }
    public String getDateTime() { return dateTime; }
    public void setDateTime(String v) { dateTime = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public String getAttendant() { return attendant; }
    public void setAttendant(String v) { attendant = v; }
    public String getAttendantName() { return attendantName; }
    public void setAttendantName(String v) { attendantName = v; }
    public Integer getWeightGrams() { return weightGrams; }
    public void setWeightGrams(Integer v) { weightGrams = v; }
    public Integer getLengthCm() { return lengthCm; }
    public void setLengthCm(Integer v) { lengthCm = v; }
    public Integer getBirthOrder() { return birthOrder; }
    public void setBirthOrder(Integer v) { birthOrder = v; }
    public String getMultiplicity() { return multiplicity; }
    public void setMultiplicity(String v) { multiplicity = v; }
    public String getChildName() { return childName; }
    public void setChildName(String v) { childName = v; }
    public String getChildSex() { return childSex; }
    public void setChildSex(String v) { childSex = v; }
    public String getMotherNik() { return motherNik; }
    public void setMotherNik(String v) { motherNik = v; }
    public String getMotherName() { return motherName; }
    public void setMotherName(String v) { motherName = v; }
    public String getFatherNik() { return fatherNik; }
    public void setFatherNik(String v) { fatherNik = v; }
    public String getFatherName() { return fatherName; }
    public void setFatherName(String v) { fatherName = v; }
    public String getFamilyKk() { return familyKk; }
    public void setFamilyKk(String v) { familyKk = v; }
    public String getMarriageEvidence() { return marriageEvidence; }
    public void setMarriageEvidence(String v) { marriageEvidence = v; }
    public String getMarriageNumber() { return marriageNumber; }
    public void setMarriageNumber(String v) { marriageNumber = v; }
    public String getReporterNik() { return reporterNik; }
    public void setReporterNik(String v) { reporterNik = v; }
    public String getReporterName() { return reporterName; }
    public void setReporterName(String v) { reporterName = v; }
    public String getWitness1Nik() { return witness1Nik; }
    public void setWitness1Nik(String v) { witness1Nik = v; }
    public String getWitness1Name() { return witness1Name; }
    public void setWitness1Name(String v) { witness1Name = v; }
    public String getWitness2Nik() { return witness2Nik; }
    public void setWitness2Nik(String v) { witness2Nik = v; }
    public String getWitness2Name() { return witness2Name; }
    public void setWitness2Name(String v) { witness2Name = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
}

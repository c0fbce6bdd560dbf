package id.lintas.application.hospital;

import id.lintas.application.servicecase.CaseQueries;
import id.lintas.domain.model.birthreport.BirthReport;
import id.lintas.domain.model.birthreport.BirthReportRepository;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.office.Institution;
import id.lintas.domain.model.office.OfficeRepository;
import id.lintas.domain.model.servicecase.CasePerson;
import id.lintas.domain.model.servicecase.PersonRelation;
import id.lintas.domain.model.servicecase.ServiceCase;
import id.lintas.domain.model.servicecase.ServiceCaseRepository;
import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.Jsons;
import id.lintas.infrastructure.documents.BirthLetter;
import id.lintas.infrastructure.documents.CoverLetter;
import id.lintas.infrastructure.documents.Letter;
import id.lintas.infrastructure.documents.PdfDocuments;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two letters a hospital issues for a SELINTAS birth (step 4): the Surat Keterangan Kelahiran
 * (SKL, the birth letter) and the Surat Pengantar (the cover letter sending the file to the
 * Dinas). They are made from the birth report and its case whenever someone opens them, always
 * the same bytes for the same report, for whoever may see the case.
 */
@Stateless
@RolesAllowed({Role.Names.HOSPITAL, Role.Names.OPERATOR, Role.Names.KASI, Role.Names.KABID_DAFDUK, Role.Names.KABID_CAPIL,
    Role.Names.KADIS, Role.Names.COURIER, Role.Names.ADMIN})
public class HospitalLetters {
    /** Which letter. */
    public enum Kind {
        BIRTH_LETTER("surat-keterangan-kelahiran"),
        COVER_LETTER("surat-pengantar");

        private final String fileStem;

        Kind(String fileStem) {
            this.fileStem = fileStem;
        }

        public String fileName(String caseNumber) {
            return fileStem + "-" + caseNumber + ".pdf";
        }
    }

    @EJB
    CaseQueries queries;

    @Inject
    ServiceCaseRepository cases;

    @Inject
    BirthReportRepository reports;

    @Inject
    OfficeRepository offices;

    @Inject
    @ConfigProperty(name = "lintas.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    private final PdfDocuments pdf = new PdfDocuments();

    /** Whether the case has the hospital's letters: a birth report opened it and the letters step is done. */
    public boolean available(long caseId) {
        return reports.ofCase(caseId).isPresent();
    }

    /** The letter of a case that a birth report opened; refused for other cases and for callers who may not see it. */
    public byte[] letter(long caseId, Kind kind) {
        queries.detail(caseId); // refuses a case the caller may not see
        ServiceCase c = cases.find(caseId).orElseThrow();
        BirthReport report = reports.ofCase(caseId).orElseThrow(() -> new BusinessException("letters.noReport", c.caseNumber()));
        Institution hospital = offices.findInstitution(report.institutionId()).orElseThrow();
        ZoneId zone = hospital.office().timeZone();
        JsonObject details = Jsons.createReader(new StringReader(report.details())).readObject();
        JsonObject reporter = details.getJsonObject("reporter");
        ZonedDateTime issued = report.receivedAt().atZone(zone);
        Letter.Institution letterhead = new Letter.Institution("Pemerintah " + hospital.office().name(), hospital.name(),
                hospital.address().orElse(hospital.office().name()), null, city(hospital));
        URI verify = URI.create(publicUrl.replaceAll("/+$", "") + "/verifikasi/" + c.caseNumber() + "/"
                + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        CasePerson child = person(c, PersonRelation.CHILD);
        CasePerson mother = person(c, PersonRelation.MOTHER);
        CasePerson father = c.persons().stream().filter(p -> p.relation() == PersonRelation.FATHER).findFirst().orElse(null);
        if (kind == Kind.BIRTH_LETTER) {
            Letter letter = new Letter(letterhead, "SKL/" + c.caseNumber(), issued,
                    new Letter.Signer(attendantRole(details).indonesianTitle(), details.getString("attendantName"), null), verify);
            return pdf.birthLetter(new BirthLetter(letter, child.name(), child.sex().orElseThrow(),
                    Instant.parse(details.getString("bornAt")).atZone(zone), details.getString("place"),
                    babies(details.getString("multiplicity")), details.getInt("birthOrder"),
                    new BirthLetter.Attendant(attendantRole(details).role(), details.getString("attendantName")),
                    details.getInt("weightGrams"), BigDecimal.valueOf(details.getInt("lengthCm")),
                    ref(mother), father == null ? null : ref(father), c.familyKk().orElseThrow(), null));
        }
        Letter letter = new Letter(letterhead, "SP/" + c.caseNumber(), issued,
                new Letter.Signer("Petugas Pelayanan " + hospital.name(), report.receivedBy(), null), verify);
        List<CasePerson> witnesses = c.persons().stream().filter(p -> p.relation() == PersonRelation.WITNESS).toList();
        List<String> enclosures = new java.util.ArrayList<>(List.of("Surat Keterangan Kelahiran"));
        c.attachments().forEach(a -> enclosures.add(a.label()));
        return pdf.coverLetter(new CoverLetter(letter, CoverLetter.Addressee.DUKCAPIL_BLORA, c.caseNumber(), child.name(),
                enclosures, new Letter.PersonRef(reporter.getString("name"), reporter.getString("nik")),
                ref(witnesses.get(0)), ref(witnesses.get(1))));
    }

    private static CasePerson person(ServiceCase c, PersonRelation relation) {
        return c.persons().stream().filter(p -> p.relation() == relation).findFirst()
                .orElseThrow(() -> new BusinessException("letters.noReport", c.caseNumber()));
    }

    private static Letter.PersonRef ref(CasePerson p) {
        return new Letter.PersonRef(p.name(), p.nik().orElseThrow());
    }

    private static String city(Institution hospital) {
        return hospital.office().seat();
    }

    private static int babies(String multiplicity) {
        return id.lintas.domain.model.birthreport.Multiplicity.valueOf(multiplicity).babies();
    }

    /** The attendant's role on the letter, and the signer's title. */
    private record AttendantRole(BirthLetter.Attendant.Role role, String indonesianTitle) {
    }

    private static AttendantRole attendantRole(JsonObject details) {
        id.lintas.domain.model.birthreport.BirthAttendant a =
                id.lintas.domain.model.birthreport.BirthAttendant.valueOf(details.getString("attendant"));
        return new AttendantRole(BirthLetter.Attendant.Role.valueOf(a.name()), "Penolong Kelahiran (" + a.indonesianName() + ")");
    }
}

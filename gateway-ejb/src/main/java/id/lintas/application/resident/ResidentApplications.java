package id.lintas.application.resident;

import id.lintas.application.servicecase.CaseRef;
import id.lintas.application.servicecase.CaseService;
import id.lintas.application.servicecase.OpenCaseRequest;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.model.servicecase.ApplicationChannel;
import id.lintas.domain.model.servicecase.ServiceCase;
import id.lintas.domain.model.servicecase.ServiceCaseRepository;
import id.lintas.domain.model.sop.Intake;
import id.lintas.domain.model.sop.SopCatalog;
import id.lintas.domain.model.sop.StepDefinition;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Opens the SOP case of a resident's application (DIK JAMILA ME-WA, LANDA MEWA), in the caller's
 * transaction, so the channel marks its application as opened exactly when the case exists: the
 * case under the SOP the service runs, keeping how to reach the applicant, the documents attached
 * as they came, and the applicant's own steps ({@link
 * id.lintas.domain.model.sop.SopDefinition#applicantSteps}: photographing and uploading the
 * requirements) done. Nobody signs in: the work is the channel's, recorded in the case and the
 * audit trail as {@value #WHATSAPP} or {@value #EMAIL}, as the package officer (<i>petugas penerima
 * paket</i>, an OPERATOR) whose reception it replaces.
 */
@Stateless
@PermitAll
public class ResidentApplications {
    /** The name the WhatsApp channel acts under. */
    public static final String WHATSAPP = "pemohon-whatsapp";
    /** The name the email channel acts under. */
    public static final String EMAIL = "pemohon-email";

    @EJB
    CaseService cases;

    @Inject
    SopCatalog catalog;

    @Inject
    ServiceCaseRepository caseRepository;

    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    /** Opens the application's case; returns its id and number. */
    public CaseRef open(ResidentApplication application) {
        Actor channel = channel(application.contact().channel(), application.officeId());
        OpenCaseRequest request = new OpenCaseRequest(application.sopCode(), null, application.subject(), null, List.of(),
                List.of(), null, application.appliedFor().stream().map(Enum::name).toList());
        CaseRef opened = cases.openAs(channel, Intake.RESIDENT_APPLICATION, request, application.contact());
        attach(channel, opened.id(), application.documents());
        for (StepDefinition step : catalog.current(application.sopCode()).definition().applicantSteps()) {
            cases.completeAs(channel, opened.id(), step.checklist().stream().map(i -> i.key()).collect(Collectors.toSet()));
        }
        return opened;
    }

    /**
     * Gives a case the documents its applicant sent after the office sent the file back to them
     * (LANDA MEWA: "pemohon dipersilahkan melengkapi"), and, when the case waits at the
     * applicant's own steps, does them again: the file goes back to the office.
     */
    public void supplement(long caseId, ApplicationChannel via, List<ResidentApplication.Document> documents) {
        ServiceCase c = caseRepository.find(caseId).orElseThrow();
        Actor channel = channel(via, c.officeId());
        attach(channel, caseId, documents);
        while (c.currentStepDefinition().filter(StepDefinition::byApplicant).isPresent()) {
            StepDefinition step = c.currentStepDefinition().orElseThrow();
            cases.completeAs(channel, caseId, step.checklist().stream().map(i -> i.key()).collect(Collectors.toSet()));
        }
    }

    /**
     * Attaches the documents in the order they came (the checklist's): each is written at once,
     * as EclipseLink would insert a transaction's new attachments in no particular order, and the
     * case lists its attachments by id.
     */
    private void attach(Actor channel, long caseId, List<ResidentApplication.Document> documents) {
        for (ResidentApplication.Document document : documents) {
            cases.attachAs(channel, caseId, document.label(), document.fileName(), document.content());
            em.flush();
        }
    }

    private static Actor channel(ApplicationChannel via, long officeId) {
        return new Actor(switch (via) {
            case WHATSAPP -> WHATSAPP;
            case EMAIL -> EMAIL;
        }, Role.OPERATOR, officeId, null);
    }

    /** A file name for a document that came without one: the label's words, and the extension its content type has. */
    public static String fileName(String label, String contentType, int position) {
        String base = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String extension = switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
        return String.format(Locale.ROOT, "%02d-%s%s", position, base.isEmpty() ? "berkas" : base, extension);
    }
}

package id.lintas.application.whatsapp;

import id.lintas.application.resident.ResidentApplication;
import id.lintas.application.resident.ResidentApplications;
import id.lintas.application.servicecase.CaseRef;
import id.lintas.domain.model.servicecase.ApplicantContact;
import id.lintas.domain.model.servicecase.ApplicationChannel;
import id.lintas.domain.model.servicecase.ServiceCase;
import id.lintas.domain.model.servicecase.ServiceCaseRepository;
import id.lintas.domain.model.sop.StepDefinition;
import id.lintas.domain.model.whatsapp.Conversation;
import id.lintas.domain.model.whatsapp.ConversationRepository;
import id.lintas.domain.model.whatsapp.ConversationRules;
import id.lintas.domain.model.whatsapp.ConversationState;
import id.lintas.domain.model.whatsapp.MediaFile;
import id.lintas.domain.model.whatsapp.WaService;
import id.lintas.domain.model.whatsapp.WhatsAppMessages;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens the SOP cases of the applications residents sent over WhatsApp ("Kirim"): the service's
 * SOP (LANDA MEWA for a birth, DIK JAMILA ME-WA for the others), the documents attached under the
 * requirement each answers, the applicant's own steps done; then tells the resident the case's
 * number and keeps where it stands for "status". One application per transaction, claimed with
 * {@code SKIP LOCKED} so every instance of a deployment group may run it; one that cannot be
 * opened now is tried again with back-off, its error kept. Also gives the cases the documents
 * residents sent after the office returned their file to them.
 */
@Stateless
@PermitAll
public class SubmittedApplications {
    private static final Logger LOG = Logger.getLogger(SubmittedApplications.class.getName());
    public static final int BATCH = 10;

    @Inject
    ConversationRepository conversations;

    @Inject
    WhatsAppMessages messages;

    @Inject
    WhatsAppChannel channel;

    @Inject
    ServiceCaseRepository cases;

    @EJB
    ResidentApplications applications;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /** Opens the cases of one batch of submitted applications; returns how many were tried. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int openDue() {
        SubmittedApplications self = context.getBusinessObject(SubmittedApplications.class);
        List<Long> due = self.claimDue();
        for (long id : due) {
            try {
                self.openNow(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the case of WhatsApp application " + id + " could not be opened now", e);
                self.notOpenedYet(id, e);
            }
        }
        return due.size();
    }

    /** The due applications this instance takes for now (their next try moves on, so no other instance takes them too). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> claimDue() {
        Instant now = clock.instant();
        List<Long> due = conversations.lockSubmittedWithoutCase(now, BATCH);
        due.forEach(id -> conversations.find(id).orElseThrow().caseOpeningClaimed(now.plusSeconds(60)));
        return due;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openNow(long conversationId) {
        Conversation conversation = conversations.lock(conversationId).orElseThrow();
        if (conversation.state() != ConversationState.SUBMITTED || conversation.caseId().isPresent()) {
            return; // opened by another instance meanwhile, or closed
        }
        ConversationRules rules = channel.rules();
        WaService service = rules.services().byCode(conversation.serviceCode().orElseThrow())
                .orElseThrow(() -> new IllegalStateException("service " + conversation.serviceCode() + " is no longer offered"));
        List<ResidentApplication.Document> documents = documents(conversation.submittedDocuments(rules));
        ApplicantContact contact = new ApplicantContact(ApplicationChannel.WHATSAPP, conversation.phone().digits(),
                conversation.language().locale(), conversation.reference());
        CaseRef opened = applications.open(new ResidentApplication(conversation.officeId(), contact, service.sop(),
                service.name().id() + " (" + conversation.reference() + ")", documents, service.issues()));
        Instant now = clock.instant();
        ConversationOutbox.send(messages, conversation, conversation.caseOpened(opened.id(), opened.caseNumber(), rules), now);
        ServiceCase c = cases.find(opened.id()).orElseThrow();
        StepDefinition step = c.currentStepDefinition().orElseThrow();
        conversation.caseProgressed(step.activity().id(), step.activity().en(), c.serviceDeadline().orElse(null), rules);
    }

    /**
     * Gives the cases the documents residents sent after the office returned their file, one
     * conversation per transaction; returns how many were tried. One that fails stays SENT and is
     * tried again on the next run.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int forwardSupplements() {
        SubmittedApplications self = context.getBusinessObject(SubmittedApplications.class);
        int tried = 0;
        for (long id : self.supplementsDue()) {
            tried++;
            try {
                self.forwardNow(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the documents of WhatsApp conversation " + id + " could not be given to its case now", e);
            }
        }
        return tried;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> supplementsDue() {
        return conversations.withSupplementsToForward(BATCH);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void forwardNow(long conversationId) {
        Conversation conversation = conversations.lock(conversationId).orElseThrow();
        if (!conversation.hasSupplementsToForward() || conversation.caseId().isEmpty()) {
            return; // forwarded by another instance meanwhile
        }
        applications.supplement(conversation.caseId().get(), ApplicationChannel.WHATSAPP, documents(conversation.supplements()));
        ConversationOutbox.send(messages, conversation, conversation.supplementsForwarded(channel.rules()), clock.instant());
    }

    /** The stored files of the documents, named after what they are. */
    private List<ResidentApplication.Document> documents(List<Conversation.SubmittedDocument> submitted) {
        List<ResidentApplication.Document> documents = new ArrayList<>();
        int position = 1;
        for (Conversation.SubmittedDocument d : submitted) {
            MediaFile file = messages.file(d.fileId()).orElseThrow();
            String name = file.filename() != null && !file.filename().isBlank() ? file.filename()
                    : ResidentApplications.fileName(d.label(), file.contentType(), position);
            documents.add(new ResidentApplication.Document(d.label(), name, file.bytes()));
            position++;
        }
        return documents;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void notOpenedYet(long conversationId, RuntimeException error) {
        conversations.find(conversationId).ifPresent(c -> c.caseNotOpenedYet(String.valueOf(error), clock.instant()));
    }
}

package id.lintas.application.mail;

import id.lintas.application.resident.ResidentApplication;
import id.lintas.application.resident.ResidentApplications;
import id.lintas.application.servicecase.CaseRef;
import id.lintas.domain.model.mail.MailApplication;
import id.lintas.domain.model.mail.MailApplicationRepository;
import id.lintas.domain.model.mail.MailApplicationRules;
import id.lintas.domain.model.mail.MailApplicationStatus;
import id.lintas.domain.model.mail.MailReplies;
import id.lintas.domain.model.notification.Notification;
import id.lintas.domain.model.servicecase.ApplicantContact;
import id.lintas.domain.model.servicecase.ApplicationChannel;
import id.lintas.domain.model.servicecase.CaseStatus;
import id.lintas.domain.model.servicecase.ServiceCaseRepository;
import id.lintas.domain.model.whatsapp.WaService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Decides the applications residents sent by email ({@link MailApplicationRules}): an accepted
 * one opens its SOP case ({@link ResidentApplications}: LANDA MEWA for a birth, DIK JAMILA ME-WA
 * for the others, the files attached, the applicant's steps done, audited as {@value
 * ResidentApplications#EMAIL}) and the resident gets the reference, the case number and the
 * checklist; a refused one gets the reason. The answer goes through the notification outbox in
 * the same transaction, so it is sent exactly when the decision commits. An email whose subject
 * names a case number (a reply to the office's email, e.g. after the file was sent back) brings
 * documents for that case: attached to it when it is the open case of an application from the same
 * address ({@link ResidentApplications#supplement}, which sends a file waiting at the applicant's
 * steps back to the office), refused with the reason otherwise. One email per
 * transaction, claimed with {@code SKIP LOCKED} so every instance may run it; one that cannot be
 * decided now is tried again with back-off, its error kept, and after {@value
 * MailApplication#MAX_ATTEMPTS} tries waits FAILED for the admin ({@link UnansweredMailApplications}).
 */
@Stateless
@PermitAll
public class MailApplications {
    private static final Logger LOG = Logger.getLogger(MailApplications.class.getName());
    public static final int BATCH = 10;
    /** The outbox's event of an acceptance. */
    public static final String ACCEPTED = "APPLICATION_ACCEPTED";
    /** The outbox's event of documents received for a case. */
    public static final String SUPPLEMENTED = "APPLICATION_SUPPLEMENTED";
    /** The outbox's event of a refusal. */
    public static final String REFUSED = "APPLICATION_REFUSED";

    @Inject
    MailApplicationRepository applications;

    @Inject
    MailChannel channel;

    @EJB
    ResidentApplications cases;

    @Inject
    ServiceCaseRepository caseRepository;

    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /** Decides one batch of received emails; returns how many were tried. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int decideDue() {
        MailApplications self = context.getBusinessObject(MailApplications.class);
        List<Long> due = self.claimDue();
        for (long id : due) {
            try {
                self.decideNow(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "email application " + id + " could not be decided now", e);
                self.notDecidedYet(id, e);
            }
        }
        return due.size();
    }

    /** The due emails this instance takes for now (their next try moves on, so no other instance takes them too). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> claimDue() {
        Instant now = clock.instant();
        List<Long> due = applications.lockDue(now, BATCH);
        due.forEach(id -> applications.find(id).orElseThrow().claimed(now.plusSeconds(60)));
        return due;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void decideNow(long id) {
        MailApplication application = applications.lock(id).orElseThrow();
        if (application.status() != MailApplicationStatus.RECEIVED) {
            return; // decided by another instance meanwhile
        }
        MailApplicationRules rules = channel.rules();
        Optional<String> namedCase = MailApplicationRules.caseNamed(application.mail());
        MailApplicationRules.Decision decision = namedCase.isPresent() ? forCase(application, namedCase.get(), rules)
                : rules.decide(application.mail());
        MailReplies replies = channel.replies(application.officeId());
        Instant now = clock.instant();
        if (decision instanceof MailApplicationRules.Supplement supplement) {
            MailApplication original = applications.acceptedWithCase(application.officeId(), supplement.caseNumber()).orElseThrow();
            long caseId = original.caseId().orElseThrow();
            cases.supplement(caseId, ApplicationChannel.EMAIL, supplement.documents().stream()
                    .map(d -> new ResidentApplication.Document(d.label(), d.fileName(), d.bytes())).toList());
            application.supplemented(supplement.service().code(), caseId, supplement.caseNumber(), now);
            MailReplies.Mail reply = replies.supplemented(original.reference(), supplement);
            store(Notification.email(Notification.About.caseEvent(application.officeId(), caseId, supplement.caseNumber(),
                    SUPPLEMENTED), application.fromAddress(), reply.subject(), reply.text(), now));
            LOG.info(() -> "email " + application.reference() + " from " + application.fromAddress() + " brought "
                    + supplement.documents().size() + " documents for case " + supplement.caseNumber());
        } else if (decision instanceof MailApplicationRules.Accepted accepted) {
            ApplicantContact contact = new ApplicantContact(ApplicationChannel.EMAIL, application.fromAddress(),
                    accepted.language(), application.reference());
            List<ResidentApplication.Document> documents = accepted.documents().stream()
                    .map(d -> new ResidentApplication.Document(d.label(), d.fileName(), d.bytes())).toList();
            CaseRef opened = cases.open(new ResidentApplication(application.officeId(), contact, accepted.service().sop(),
                    accepted.service().name().id() + " (" + application.reference() + ")", documents,
                    accepted.service().issues()));
            application.accepted(accepted.service().code(), opened.id(), opened.caseNumber(), now);
            MailReplies.Mail reply = replies.accepted(application.reference(), opened.caseNumber(), accepted);
            store(Notification.email(Notification.About.caseEvent(application.officeId(), opened.id(), opened.caseNumber(), ACCEPTED),
                    application.fromAddress(), reply.subject(), reply.text(), now));
            LOG.info(() -> "email application " + application.reference() + " from " + application.fromAddress() + " opened case "
                    + opened.caseNumber());
        } else {
            MailApplicationRules.Refused refused = (MailApplicationRules.Refused) decision;
            application.refused(refused.service().map(s -> s.code()).orElse(null), refused.describe(), now);
            MailReplies.Mail reply = replies.refused(application.reference(), refused, channel.rules().catalog().services());
            store(Notification.email(new Notification.About(application.officeId(), null, null, REFUSED,
                    UUID.randomUUID().toString()), application.fromAddress(), reply.subject(), reply.text(), now));
            LOG.info(() -> "email application " + application.reference() + " from " + application.fromAddress() + " refused: "
                    + refused.describe());
        }
    }

    /**
     * An email naming {@code caseNumber}: documents for that case when it is the open case of an
     * application this address sent; refused otherwise (someone else's case, or one finished).
     */
    private MailApplicationRules.Decision forCase(MailApplication application, String caseNumber, MailApplicationRules rules) {
        Optional<MailApplication> original = applications.acceptedWithCase(application.officeId(), caseNumber)
                .filter(o -> o.fromAddress().equalsIgnoreCase(application.fromAddress()));
        Optional<WaService> service = original.map(MailApplication::serviceCode).flatMap(code -> rules.catalog().byCode(code));
        if (original.isEmpty() || service.isEmpty()) {
            return rules.notForCase(application.mail(), MailApplicationRules.Refusal.UNKNOWN_CASE, Optional.empty(), caseNumber);
        }
        boolean open = caseRepository.find(original.get().caseId().orElseThrow()).map(c -> c.status() == CaseStatus.OPEN)
                .orElse(false);
        if (!open) {
            return rules.notForCase(application.mail(), MailApplicationRules.Refusal.CASE_CLOSED, service, caseNumber);
        }
        return rules.supplement(application.mail(), service.get(), caseNumber);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void notDecidedYet(long id, RuntimeException error) {
        applications.find(id).filter(a -> a.status() == MailApplicationStatus.RECEIVED)
                .ifPresent(a -> a.notDecidedYet(String.valueOf(error), clock.instant()));
    }

    private void store(Notification notification) {
        em.persist(notification);
        em.flush();
    }
}

package id.lintas.application.document;

import id.lintas.application.servicecase.ActorLookup;
import id.lintas.domain.model.audit.AuditAction;
import id.lintas.domain.model.audit.AuditEntry;
import id.lintas.domain.model.audit.AuditLog;
import id.lintas.domain.model.document.IssuedDocument;
import id.lintas.domain.model.document.IssuedDocumentRepository;
import id.lintas.domain.model.document.IssuedDocumentStatus;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.notification.Notification;
import id.lintas.domain.model.office.OfficeRepository;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.model.servicecase.ServiceCase;
import id.lintas.domain.model.servicecase.ServiceCaseRepository;
import id.lintas.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The office's staff send a case's signed documents to an email address (the applicant's, say):
 * an email in Bahasa Indonesia and English with the signed PDFs attached, written to the
 * notification outbox (delivered, retried and, if refused, shown on the admin's failed-sends page
 * like every email) and audited.
 */
@Stateless
@RolesAllowed({Role.Names.OPERATOR, Role.Names.KASI, Role.Names.KABID_DAFDUK, Role.Names.KABID_CAPIL, Role.Names.KADIS})
public class DocumentMailing {
    static final String EVENT = "documents.sent";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final String BUNDLE = "id.lintas.messages.mail";

    @Inject
    IssuedDocumentRepository documents;

    @Inject
    ServiceCaseRepository cases;

    @Inject
    OfficeRepository offices;

    @Inject
    ActorLookup actors;

    @Inject
    AuditLog audit;

    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /** Queues the email with every signed (not revoked) document of the case; returns how many go. */
    public int sendSigned(long caseId, String email) {
        Actor actor = actors.of(context);
        ServiceCase c = cases.find(caseId).filter(x -> x.officeId() == actor.officeId())
                .orElseThrow(() -> new BusinessException("case.notFound"));
        String to = email == null ? "" : email.strip();
        if (to.length() > 254 || !EMAIL.matcher(to).matches()) {
            throw new BusinessException("documents.badEmail");
        }
        List<IssuedDocument> signed = documents.ofCase(caseId).stream()
                .filter(d -> d.status() == IssuedDocumentStatus.SIGNED).toList();
        if (signed.isEmpty()) {
            throw new BusinessException("tte.notSigned");
        }
        String office = offices.find(c.officeId()).map(o -> o.name()).orElse("");
        Object[] args = {c.caseNumber(), office, signed.size()};
        String text = text("documentsSent.body", Locale.forLanguageTag("id"), args) + "\n\n" + "-".repeat(40) + "\n\n"
                + text("documentsSent.body", Locale.ENGLISH, args) + "\n";
        Notification.About about = Notification.About.caseEvent(c.officeId(), c.id(), c.caseNumber(), EVENT);
        em.persist(Notification.email(about, to, text("documentsSent.subject", Locale.forLanguageTag("id"), args), text,
                signed.stream().map(IssuedDocument::id).toList(), clock.instant()));
        audit.append(new AuditEntry(clock.instant(), actor.officeId(), actor.username(), AuditAction.DOCUMENT_SENT,
                c.caseNumber(), signed.size() + " signed documents to " + to, null));
        return signed.size();
    }

    private static String text(String key, Locale locale, Object[] args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, DocumentMailing.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}

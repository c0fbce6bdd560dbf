package id.lintas.application.whatsapp;

import id.lintas.application.servicecase.ActorLookup;
import id.lintas.domain.model.audit.AuditAction;
import id.lintas.domain.model.audit.AuditEntry;
import id.lintas.domain.model.audit.AuditLog;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.model.whatsapp.Conversation;
import id.lintas.domain.model.whatsapp.ConversationRepository;
import id.lintas.domain.model.whatsapp.LoggedComplaint;
import id.lintas.domain.model.whatsapp.WhatsAppMessages;
import id.lintas.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The kabid's complaints page (pengaduan, LANDA MEWA section J): the residents' complaints routed to
 * the caller's division, newest first, and the answer, which goes back to the resident in their
 * conversation (as a template once WhatsApp's 24-hour window has closed) and into the audit trail.
 */
@Stateless
@RolesAllowed({Role.Names.KABID_CAPIL, Role.Names.KABID_DAFDUK})
public class ComplaintDesk {
    /** How many complaints the page lists. */
    static final int PAGE = 200;

    /** A complaint as the page shows it. */
    public record ComplaintView(long id, String phone, String reference, String serviceCode, String text,
            ZonedDateTime receivedAt, String answer, String answeredBy, ZonedDateTime answeredAt) implements Serializable {
    }

    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @Inject
    ActorLookup actors;

    @Inject
    ConversationRepository conversations;

    @Inject
    WhatsAppMessages messages;

    @Inject
    WhatsAppChannel channel;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /** The complaints routed to the caller's division in the caller's office, newest first. */
    public List<ComplaintView> inbox() {
        Actor kabid = actors.of(context);
        java.time.ZoneId zone = channel.rules().zone();
        return em.createQuery("select c from LoggedComplaint c where c.officeId = :office and c.routedTo = :role"
                + " order by c.receivedAt desc", LoggedComplaint.class).setParameter("office", kabid.officeId())
                .setParameter("role", kabid.role()).setMaxResults(PAGE).getResultList().stream()
                .map(c -> new ComplaintView(c.id(), "+" + c.phone().digits(), c.reference().orElse(null),
                        c.serviceCode().orElse(null), c.text(), c.receivedAt().atZone(zone), c.answer().orElse(null),
                        c.answeredBy().orElse(null), c.answeredAt().map(t -> t.atZone(zone)).orElse(null)))
                .toList();
    }

    /** Answers a complaint of the caller's division; the resident gets the answer on WhatsApp. */
    public void answer(long complaintId, String text) {
        Actor kabid = actors.of(context);
        LoggedComplaint complaint = em.find(LoggedComplaint.class, complaintId, LockModeType.PESSIMISTIC_WRITE);
        if (complaint == null || complaint.officeId() != kabid.officeId() || complaint.routedTo() != kabid.role()) {
            throw new BusinessException("complaint.notFound");
        }
        Instant now = clock.instant();
        complaint.answer(kabid.username(), text, now);
        Conversation conversation = complaint.conversationId().flatMap(conversations::find)
                .orElseThrow(() -> new IllegalStateException("complaint " + complaintId + " came from no conversation"));
        boolean capil = kabid.role() == Role.KABID_CAPIL;
        ConversationOutbox.send(messages, conversation, conversation.complaintAnswered(
                capil ? "Kepala Bidang Pelayanan Pencatatan Sipil" : "Kepala Bidang Pelayanan Pendaftaran Penduduk",
                capil ? "head of the civil registration division" : "head of the residents' registration division",
                complaint.text(), complaint.answer().orElseThrow(), channel.rules()), now);
        audit.append(new AuditEntry(now, kabid.officeId(), kabid.username(), AuditAction.COMPLAINT_ANSWERED,
                complaint.reference().orElse("+" + complaint.phone().digits()), "pengaduan " + complaintId, null));
    }
}

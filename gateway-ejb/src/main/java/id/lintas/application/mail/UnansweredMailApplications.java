package id.lintas.application.mail;

import id.lintas.application.DeadLetterStore;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.mail.MailApplication;
import id.lintas.domain.model.mail.MailApplicationStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The admin's emailed applications that opened no case: FAILED ones, which could not be decided
 * after their tries (the resident heard nothing yet), and REFUSED ones of the last {@link #REFUSED_SHOWN}
 * (the resident got the reason by email), for the admin to see what residents send wrongly. A
 * FAILED one is decided again by the relay on the admin's word ("Proses ulang"), audited; a
 * refused one is only listed, and neither is given up here.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class UnansweredMailApplications extends DeadLetterStore<MailApplication> {
    /** How far back refused applications are listed. */
    public static final Duration REFUSED_SHOWN = Duration.ofDays(30);
    private static final Entries<MailApplication> APPLICATIONS = new Entries<>(MailApplication.class, "MailApplication",
            "mail.application.notFound");

    /** An application: its reference, from whom, its subject, FAILED or REFUSED and why, when; whether it can be decided again. */
    public record Unanswered(long id, String reference, String from, String subject, String status, String reason, int attempts,
            Instant at, boolean retryable) implements Serializable {
    }

    /** The office's FAILED applications and those refused lately, newest first (at most 500). */
    public List<Unanswered> list() {
        return em.createQuery("select a from MailApplication a where a.officeId = :o and (a.status = :failed"
                + " or (a.status = :refused and a.processedAt >= :since)) order by a.processedAt desc, a.id desc", MailApplication.class)
                .setParameter("o", officeId()).setParameter("failed", MailApplicationStatus.FAILED)
                .setParameter("refused", MailApplicationStatus.REFUSED).setParameter("since", clock.instant().minus(REFUSED_SHOWN))
                .setMaxResults(500).getResultList().stream().map(a -> {
                    boolean failed = a.status() == MailApplicationStatus.FAILED;
                    return new Unanswered(a.id(), a.reference(), a.fromAddress(), a.subject(), a.status().name(),
                            failed ? a.attempts().lastError().orElse(null) : a.refusal().orElse(null), a.attempts().count(),
                            a.processedAt().orElse(null), failed);
                }).toList();
    }

    @Override
    protected Entries<MailApplication> entries() {
        return APPLICATIONS;
    }

    @Override
    protected String describe(MailApplication a) {
        return "email application " + a.id() + " " + a.reference() + " from " + a.fromAddress();
    }
}

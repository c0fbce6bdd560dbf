package id.lintas.application.notification;

import id.lintas.application.servicecase.ActorLookup;
import id.lintas.domain.model.audit.AuditAction;
import id.lintas.domain.model.audit.AuditEntry;
import id.lintas.domain.model.audit.AuditLog;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.office.Institution;
import id.lintas.domain.model.office.InstitutionType;
import id.lintas.domain.model.office.Office;
import id.lintas.domain.model.office.OfficeRepository;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The admin's hospitals and puskesmas and their status callbacks: the URL the moves of their
 * cases are POSTed to, and the secret the bodies are signed with, shown once when it is made.
 * Every change is audited (never the secret itself).
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Partners {
    static final Set<InstitutionType> WITH_CALLBACKS = Set.of(InstitutionType.HOSPITAL, InstitutionType.PUSKESMAS);

    /** A partner as the admin sees it: never its secret, only whether it has one. */
    public record Partner(long id, String type, String code, String name, String callbackUrl) implements Serializable {
    }

    @Inject
    OfficeRepository offices;

    @Inject
    AuditLog audit;

    @Inject
    ActorLookup actors;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /** The office's hospitals and puskesmas, with their callback URLs. */
    public List<Partner> list() {
        Office office = offices.find(actors.of(context).officeId()).orElseThrow();
        return offices.institutions(office).stream().filter(i -> WITH_CALLBACKS.contains(i.type()))
                .map(i -> new Partner(i.id(), i.type().name(), i.code(), i.name(),
                        i.callback().map(Institution.Callback::url).orElse(null)))
                .toList();
    }

    /**
     * Sets where a partner's callbacks go (blank: none). Returns the new secret when this is the
     * partner's first callback URL: the only time it is shown.
     */
    public Optional<String> changeCallbackUrl(long institutionId, String url) {
        Institution partner = own(institutionId);
        String before = partner.callback().map(Institution.Callback::url).orElse("-");
        Optional<String> secret = partner.callbackTo(url);
        record(AuditAction.PARTNER_CALLBACK_CHANGED, partner,
                before + " -> " + partner.callback().map(Institution.Callback::url).orElse("-"));
        secret.ifPresent(s -> record(AuditAction.PARTNER_SECRET_GENERATED, partner, "with the first callback URL"));
        return secret;
    }

    /** Makes a new secret for a partner's callbacks and returns it, the only time it is shown; the old one stops working. */
    public String newSecret(long institutionId) {
        Institution partner = own(institutionId);
        String secret = partner.newCallbackSecret();
        record(AuditAction.PARTNER_SECRET_GENERATED, partner, "replacing the previous one");
        return secret;
    }

    private Institution own(long id) {
        Actor admin = actors.of(context);
        return offices.findInstitution(id).filter(i -> i.office().id() == admin.officeId())
                .filter(i -> WITH_CALLBACKS.contains(i.type()))
                .orElseThrow(() -> new BusinessException("partner.notFound"));
    }

    private void record(AuditAction action, Institution partner, String detail) {
        Actor admin = actors.of(context);
        audit.append(new AuditEntry(clock.instant(), admin.officeId(), admin.username(), action, partner.code(), detail, null));
    }
}

package id.lintas.application.document;

import id.lintas.application.servicecase.ActorLookup;
import id.lintas.application.servicecase.CaseQueries;
import id.lintas.domain.model.audit.AuditAction;
import id.lintas.domain.model.audit.AuditEntry;
import id.lintas.domain.model.audit.AuditLog;
import id.lintas.domain.model.document.IssuedDocument;
import id.lintas.domain.model.document.IssuedDocumentRepository;
import id.lintas.domain.model.document.IssuedDocumentStatus;
import id.lintas.domain.model.document.PassphraseAttempts;
import id.lintas.domain.model.document.SigningBatch;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.office.OfficeRepository;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.shared.BusinessException;
import id.lintas.infrastructure.tte.TteConfiguration;
import id.lintas.signing.SigningSession;
import id.lintas.signing.WrongPassphraseException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The kadis's TTE inbox: the documents waiting for their electronic signature, a bulk signing run
 * unlocked by the kadis's passphrase (a wrong one signs nothing, is audited, and the third in a row
 * locks signing for {@code lintas.tte.lockout-minutes}), its progress, and the revocation
 * (dicabut) of a signed document, optionally replaced by a new draft. The staff of the office
 * read and download the documents of the cases they see.
 */
@Stateless
@RolesAllowed(Role.Names.KADIS)
public class TteService {
    /** A line of the TTE inbox. */
    public record Waiting(String id, long caseId, String caseNumber, String type, String typeName, String number,
            String subjectName, LocalDate issuedOn, Instant draftedAt) implements Serializable {
    }

    /** A bulk run as the progress bar shows it. */
    public record Progress(String batchId, int total, int signed, int failed, int percent, boolean finished,
            String lastError) implements Serializable {
    }

    @Inject
    IssuedDocumentRepository documents;

    @Inject
    ActorLookup actors;

    @Inject
    TteConfiguration tte;

    @Inject
    AuditLog audit;

    @Inject
    OfficeRepository offices;

    @EJB
    SigningWorker worker;

    @EJB
    TteService self;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    public List<Waiting> inbox() {
        Actor kadis = actors.of(context);
        return documents.awaitingSignature(kadis.officeId()).stream().map(TteService::waiting).toList();
    }

    private static Waiting waiting(IssuedDocument d) {
        return new Waiting(d.id(), d.caseId(), d.caseNumber(), d.type().name(), d.type().indonesianName(),
                d.number().orElse(""), d.subjectName().orElse(""), d.issuedOn().orElse(null), d.createdAt());
    }

    /**
     * Unlocks the caller's key with {@code passphrase} and starts signing {@code documentIds} in the
     * background; returns the run's id for {@link #progress}. The passphrase array is wiped.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String startSigning(List<String> documentIds, char[] passphrase) {
        try {
            Actor kadis = actors.of(context);
            List<String> ids = documentIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(documentIds));
            if (ids.isEmpty()) {
                throw new BusinessException("tte.nothingChosen");
            }
            if (passphrase == null || passphrase.length == 0) {
                throw new BusinessException("tte.passphraseRequired");
            }
            ZoneId zone = offices.find(kadis.officeId()).map(o -> o.timeZone()).orElse(ZoneId.of("Asia/Jakarta"));
            documents.passphraseAttempts(kadis.officeId(), kadis.username()).requireOpen(clock.instant(), zone);
            SigningSession session;
            try {
                session = tte.keyOf(kadis.username()).open(passphrase);
            } catch (WrongPassphraseException wrong) {
                PassphraseAttempts after = self.wrongPassphrase(kadis);
                if (after.isLocked(clock.instant())) {
                    after.requireOpen(clock.instant(), zone);
                }
                throw new BusinessException("tte.wrongPassphrase", after.remaining());
            }
            String batchId = self.begin(kadis, ids.size());
            worker.run(batchId, ids, session, kadis);
            return batchId;
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    /** Counts a wrong passphrase (committed even though the caller is refused) and audits it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PassphraseAttempts wrongPassphrase(Actor kadis) {
        Instant now = clock.instant();
        PassphraseAttempts after = documents.passphraseAttempts(kadis.officeId(), kadis.username()).wrong(now, tte.lockout());
        documents.storePassphraseAttempts(kadis.officeId(), kadis.username(), after, now);
        audit.append(new AuditEntry(now, kadis.officeId(), kadis.username(), AuditAction.TTE_PASSPHRASE_WRONG, kadis.username(),
                "nothing signed; wrong in a row: " + after.failures(), null));
        if (after.isLocked(now)) {
            audit.append(new AuditEntry(now, kadis.officeId(), kadis.username(), AuditAction.TTE_LOCKED, kadis.username(),
                    "signing locked until " + after.lockedUntil(), null));
        }
        return after;
    }

    /** The right passphrase: the count starts again, and the run is recorded for the progress bar. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String begin(Actor kadis, int total) {
        Instant now = clock.instant();
        documents.storePassphraseAttempts(kadis.officeId(), kadis.username(), PassphraseAttempts.none(), now);
        SigningBatch batch = SigningBatch.start(kadis.officeId(), kadis.username(), total, now);
        documents.store(batch);
        return batch.id();
    }

    /** A run of the caller's, as far as it got. */
    public Progress progress(String batchId) {
        Actor kadis = actors.of(context);
        SigningBatch b = documents.batch(batchId).filter(x -> x.officeId() == kadis.officeId()
                && x.username().equals(kadis.username())).orElseThrow(() -> new BusinessException("tte.documentNotFound"));
        return new Progress(b.id(), b.total(), b.signed(), b.failed(), b.percent(), b.isFinished(), b.lastError().orElse(null));
    }

    /**
     * Revokes a signed document of the office (dicabut, with the reason; audited); with
     * {@code replace}, a new draft of it from the case's current data goes to the TTE inbox.
     */
    public Optional<String> revoke(String documentId, String reason, boolean replace) {
        Actor kadis = actors.of(context);
        IssuedDocument d = documents.find(documentId).filter(x -> x.officeId() == kadis.officeId())
                .orElseThrow(() -> new BusinessException("tte.documentNotFound"));
        Instant now = clock.instant();
        d.checkRevocable(reason);
        IssuedDocument replacement = null;
        if (replace) { // written first: the revoked document names it
            replacement = IssuedDocument.arrange(d.officeId(), d.caseId(), d.caseNumber(), d.stepKey(), d.type(), now);
            documents.store(replacement);
        }
        d.revoke(kadis.username(), reason, replacement == null ? null : replacement.id(), now);
        audit.append(new AuditEntry(now, kadis.officeId(), kadis.username(), AuditAction.DOCUMENT_REVOKED, d.caseNumber(),
                d.type().name() + " " + d.number().orElse("") + " " + d.id() + ": " + d.revokeReason().orElse("")
                        + (replacement == null ? "" : " (replaced by " + replacement.id() + ")"), null));
        return Optional.ofNullable(replacement).map(IssuedDocument::id);
    }

    /** Drafts a failed draft again (the office completed what it lacked). */
    @RolesAllowed({Role.Names.KADIS, Role.Names.OPERATOR})
    public void redraft(String documentId) {
        Actor actor = actors.of(context);
        IssuedDocument d = documents.find(documentId).filter(x -> x.officeId() == actor.officeId())
                .orElseThrow(() -> new BusinessException("tte.documentNotFound"));
        if (d.status() != IssuedDocumentStatus.DRAFT_FAILED) {
            throw new BusinessException("tte.redraftNotFailed");
        }
        d.redraft(clock.instant());
        audit.append(new AuditEntry(clock.instant(), actor.officeId(), actor.username(), AuditAction.DOCUMENT_REDRAFTED,
                d.caseNumber(), d.type().name() + " " + d.id(), null));
    }
}

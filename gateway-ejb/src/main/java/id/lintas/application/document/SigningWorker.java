package id.lintas.application.document;

import id.lintas.application.servicecase.CaseService;
import id.lintas.domain.model.audit.AuditAction;
import id.lintas.domain.model.audit.AuditEntry;
import id.lintas.domain.model.audit.AuditLog;
import id.lintas.domain.model.document.IssuedDocument;
import id.lintas.domain.model.document.IssuedDocumentRepository;
import id.lintas.domain.model.document.SigningBatch;
import id.lintas.domain.model.servicecase.Actor;
import id.lintas.domain.model.servicecase.ServiceCase;
import id.lintas.domain.model.servicecase.ServiceCaseRepository;
import id.lintas.domain.model.sop.ChecklistItem;
import id.lintas.domain.model.sop.StepDefinition;
import id.lintas.domain.shared.BusinessException;
import id.lintas.infrastructure.tte.TteConfiguration;
import id.lintas.signing.SignatureRequest;
import id.lintas.signing.SigningSession;
import id.lintas.signing.Names;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Signs the documents of one bulk run with the kadis's open signing session, in the background
 * while the page's progress bar follows the {@link SigningBatch}. Each document is signed and
 * committed on its own (a failure leaves that one waiting and the others signed); the signature
 * that completes a case's set completes its signing step as the kadis's approval, in the same
 * transaction. The session (the unlocked key) is closed when the run ends.
 */
@Stateless
@PermitAll
public class SigningWorker {
    /** A document that could not be signed: rolls its transaction back, then counted as failed. */
    @ApplicationException(rollback = true)
    public static class SignatureFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SignatureFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Inject
    IssuedDocumentRepository documents;

    @Inject
    ServiceCaseRepository cases;

    @Inject
    TteConfiguration tte;

    @Inject
    AuditLog audit;

    @EJB
    CaseService caseService;

    @EJB
    SigningWorker self;

    Clock clock = Clock.systemUTC();

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(String batchId, List<String> documentIds, SigningSession session, Actor kadis) {
        try (session) {
            SignatureRequest request = tte.request("Tanda tangan elektronik (TTE) kepala dinas", null);
            String signer = Names.commonName(session.certificate().getSubjectX500Principal());
            for (String id : documentIds) {
                try {
                    self.signOne(batchId, id, session, request, signer, kadis);
                } catch (SignatureFailed | BusinessException failed) {
                    self.countFailure(batchId, failed.getMessage());
                } catch (RuntimeException e) {
                    self.countFailure(batchId, String.valueOf(e));
                }
            }
        } finally {
            self.finish(batchId);
        }
    }

    /** Signs one document, if it still waits; completes its case's signing step when it is the last. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signOne(String batchId, String documentId, SigningSession session, SignatureRequest request, String signer,
            Actor kadis) {
        SigningBatch batch = documents.batch(batchId).orElseThrow();
        IssuedDocument d = documents.lockAwaiting(documentId, kadis.officeId())
                .orElseThrow(() -> new BusinessException("tte.notAwaiting", "", documentId));
        byte[] signed;
        try {
            signed = session.sign(d.draftPdf().orElseThrow(), request);
        } catch (RuntimeException e) {
            throw new SignatureFailed(cause(e), e);
        }
        Instant now = clock.instant();
        d.signed(signed, request.level().label(), signer, kadis.username(), now);
        audit.append(new AuditEntry(now, kadis.officeId(), kadis.username(), AuditAction.DOCUMENT_SIGNED, d.caseNumber(),
                d.type().name() + " " + d.number().orElse("") + " " + d.id() + " " + request.level().label()
                        + " sha256=" + d.signedSha256().orElseThrow(), null));
        batch.oneSigned();
        completeStepIfAllSigned(d, kadis);
    }

    private void completeStepIfAllSigned(IssuedDocument signedNow, Actor kadis) {
        ServiceCase c = cases.find(signedNow.caseId()).orElseThrow();
        if (!c.currentStep().filter(signedNow.stepKey()::equals).isPresent()) {
            return;
        }
        if (IssuedDocument.allSignedAt(documents.ofCase(c.id()), signedNow.stepKey())) {
            StepDefinition step = c.currentStepDefinition().orElseThrow();
            caseService.completeAs(kadis, c.id(),
                    step.checklist().stream().map(ChecklistItem::key).collect(Collectors.toSet()));
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void countFailure(String batchId, String error) {
        documents.batch(batchId).ifPresent(b -> b.oneFailed(error));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(String batchId) {
        documents.batch(batchId).ifPresent(b -> b.finish(clock.instant()));
    }

    /** What the kadis reads of a failed signature: the TSA's outage in their words, else the cause. */
    private static String cause(RuntimeException e) {
        String text = String.valueOf(e.getMessage());
        if (text.toLowerCase(java.util.Locale.ROOT).contains("timestamp") || text.contains("TSA") || text.contains("cap waktu")) {
            return new BusinessException("tte.timestampUnavailable").message(BusinessException.INDONESIAN);
        }
        return new BusinessException("tte.signingFailed", text).message(BusinessException.INDONESIAN);
    }
}

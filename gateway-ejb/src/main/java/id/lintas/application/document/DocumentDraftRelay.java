package id.lintas.application.document;

import id.lintas.domain.model.document.IssuedDocument;
import id.lintas.domain.model.document.IssuedDocumentRepository;
import id.lintas.domain.shared.BusinessException;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders the drafts that are due, one per transaction: it locks one ({@code FOR UPDATE SKIP
 * LOCKED}, so instances share the work and none renders a draft twice), asks the
 * {@link DocumentDrafter} and stores the PDF. A refusal (the case lacks data) ends the draft as
 * DRAFT_FAILED with its reason; any other failure (SIAK unreachable) rolls the attempt back and is
 * recorded in a transaction of its own, to be tried again after the back-off.
 */
@Stateless
public class DocumentDraftRelay {
    public static final int BATCH = 5;
    private static final Logger LOG = Logger.getLogger(DocumentDraftRelay.class.getName());

    /** A draft that could not be rendered: rolls its transaction back, then {@link #recordFailure}. */
    @ApplicationException(rollback = true)
    public static class DraftFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String documentId;
        final boolean refused;

        DraftFailed(String documentId, boolean refused, String message, Throwable cause) {
            super(message, cause);
            this.documentId = documentId;
            this.refused = refused;
        }
    }

    @Inject
    IssuedDocumentRepository documents;

    @Inject
    DocumentDrafter drafter;

    @EJB
    DocumentDraftRelay self;

    @Inject
    @ConfigProperty(name = "lintas.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    Clock clock = Clock.systemUTC();

    /** Renders up to {@link #BATCH} due drafts; returns how many it tried. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int draftDue() {
        int tried = 0;
        while (tried < BATCH) {
            try {
                if (!self.draftOne()) {
                    break;
                }
            } catch (DraftFailed failed) {
                LOG.log(failed.refused ? Level.INFO : Level.WARNING, "draft " + failed.documentId + " failed: "
                        + failed.getMessage());
                self.recordFailure(failed.documentId, failed.refused, failed.getMessage());
            }
            tried++;
        }
        return tried;
    }

    /** Renders the next due draft, if any. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean draftOne() {
        Instant now = clock.instant();
        List<IssuedDocument> due = documents.lockDueDrafts(now, 1);
        if (due.isEmpty()) {
            return false;
        }
        IssuedDocument d = due.get(0);
        DocumentDrafter.Draft draft;
        try {
            draft = drafter.draft(d.caseId(), d.type(), verificationUrl(publicUrl, d.id()), now);
        } catch (BusinessException refused) {
            throw new DraftFailed(d.id(), true, refused.message(BusinessException.INDONESIAN), refused);
        } catch (RuntimeException e) {
            throw new DraftFailed(d.id(), false, String.valueOf(e), e);
        }
        d.drafted(draft.number(), draft.subjectNik(), draft.subjectName(), draft.issuedOn(), draft.pdf(), now);
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String documentId, boolean refused, String message) {
        documents.find(documentId).filter(d -> d.status() == id.lintas.domain.model.document.IssuedDocumentStatus.DRAFTING)
                .ifPresent(d -> {
                    if (refused) {
                        d.draftRefused(message);
                    } else {
                        d.draftFailedForNow(message, clock.instant());
                    }
                });
    }

    /** The public address of a document: what its QR code says. */
    public static URI verificationUrl(String publicUrl, String documentId) {
        return URI.create(publicUrl.replaceAll("/+$", "") + "/verifikasi/" + documentId);
    }
}

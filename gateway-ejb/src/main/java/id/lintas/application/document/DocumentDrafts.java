package id.lintas.application.document;

import id.lintas.application.servicecase.CaseMoved;
import id.lintas.domain.model.audit.AuditAction;
import id.lintas.domain.model.document.DocumentType;
import id.lintas.domain.model.document.IssuedDocument;
import id.lintas.domain.model.document.IssuedDocumentRepository;
import id.lintas.domain.model.document.IssuedDocumentStatus;
import id.lintas.domain.model.servicecase.ServiceCase;
import id.lintas.domain.model.servicecase.ServiceCaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The documents a case issues follow it, in the transaction that moves it ({@link CaseMoved}): a
 * case arriving at a step that signs documents ({@code "signs"} in its SOP, or
 * {@code "signsAppliedFor"}: those its application asks for) gets one draft per document type, rendered by the {@link DocumentDraftRelay}; a case sent back from the step has its
 * unsigned drafts withdrawn, and one arriving again gets new drafts (what it signed before is
 * revoked, replaced by them).
 */
@ApplicationScoped
public class DocumentDrafts {
    @Inject
    IssuedDocumentRepository documents;

    @Inject
    ServiceCaseRepository cases;

    Clock clock = Clock.systemUTC();

    void onCaseMoved(@Observes CaseMoved moved) {
        boolean left = moved.fromStep().filter(moved::left).isPresent();
        boolean arrived = moved.toStep().filter(moved::arrivedAt).isPresent();
        if (!left && !arrived) {
            return;
        }
        ServiceCase c = cases.find(moved.caseId()).orElseThrow(); // already loaded by the move: no query
        Instant now = clock.instant();
        if (left && moved.action() != AuditAction.STEP_COMPLETED) {
            String step = moved.fromStep().orElseThrow();
            documents.ofCase(c.id()).stream().filter(d -> d.stepKey().equals(step)).forEach(IssuedDocument::withdrawIfUnsigned);
        }
        if (arrived) {
            String step = moved.toStep().orElseThrow();
            List<DocumentType> types = c.definition().step(step).map(c::documentsSignedAt).orElse(List.of());
            if (!types.isEmpty()) {
                arrange(c, step, types, moved.actor(), now);
            }
        }
    }

    private void arrange(ServiceCase c, String step, List<DocumentType> types, String actor, Instant now) {
        List<IssuedDocument> earlier = documents.ofCase(c.id()).stream().filter(d -> d.stepKey().equals(step)).toList();
        for (DocumentType type : types) {
            IssuedDocument draft = IssuedDocument.arrange(c.officeId(), c.id(), c.caseNumber(), step, type, now);
            documents.store(draft);
            for (IssuedDocument old : earlier) {
                if (old.type() != type) {
                    continue;
                }
                if (old.status() == IssuedDocumentStatus.SIGNED) {
                    old.revoke(actor, "Diganti: berkas kembali ke langkah penandatanganan / replaced: the file came back to"
                            + " the signing step", draft.id(), now);
                } else {
                    old.withdrawIfUnsigned();
                }
            }
        }
    }
}

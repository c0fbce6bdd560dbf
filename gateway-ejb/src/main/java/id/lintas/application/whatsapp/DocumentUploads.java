package id.lintas.application.whatsapp;

import id.lintas.domain.model.document.IssuedDocument;
import id.lintas.domain.model.document.IssuedDocumentRepository;
import id.lintas.domain.model.document.IssuedDocumentStatus;
import id.lintas.domain.model.whatsapp.OutboundMessage;
import id.lintas.infrastructure.integration.whatsapp.WhatsAppGateway;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Uploads the signed document a message to a resident carries, just before the outbox relay sends
 * it (Graph names an uploaded file by a media id, good for some days, so the upload waits for the
 * sending): the signed PDF as the office issued it. A document revoked meanwhile is not sent.
 */
@ApplicationScoped
public class DocumentUploads {
    @EJB
    WhatsAppGateway gateway;

    @Inject
    IssuedDocumentRepository documents;

    /** Makes the message ready to send; false when it cannot go now (refused, or Graph failing: its state says which). */
    public boolean prepare(OutboundMessage message, Instant now) {
        Optional<String> documentId = message.documentToUpload();
        if (documentId.isEmpty()) {
            return true;
        }
        Optional<IssuedDocument> document = documents.find(documentId.get())
                .filter(d -> d.status() == IssuedDocumentStatus.SIGNED && d.signedPdf().isPresent());
        if (document.isEmpty()) {
            message.refused("document " + documentId.get() + " is no longer a signed document of the office (revoked?)", now);
            return false;
        }
        WhatsAppGateway.Uploaded uploaded = gateway.upload(document.get().signedPdf().get(), "application/pdf",
                document.get().fileName());
        switch (uploaded.result()) {
            case DONE -> {
                message.uploaded(uploaded.mediaId(), now);
                return true;
            }
            case REFUSED -> message.refused("upload: " + uploaded.error(), now);
            case FAILED_FOR_NOW -> message.failedForNow("upload: " + uploaded.error(), now);
        }
        return false;
    }
}

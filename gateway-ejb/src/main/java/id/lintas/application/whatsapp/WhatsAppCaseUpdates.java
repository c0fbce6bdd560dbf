package id.lintas.application.whatsapp;

import id.lintas.application.resident.ApplicantUpdate;
import id.lintas.domain.model.document.IssuedDocument;
import id.lintas.domain.model.document.IssuedDocumentRepository;
import id.lintas.domain.model.servicecase.ApplicationChannel;
import id.lintas.domain.model.whatsapp.Conversation;
import id.lintas.domain.model.whatsapp.ConversationRepository;
import id.lintas.domain.model.whatsapp.ConversationRules;
import id.lintas.domain.model.whatsapp.ConversationState;
import id.lintas.domain.model.whatsapp.Language;
import id.lintas.domain.model.whatsapp.WhatsAppMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Tells a case's news to the resident whose WhatsApp application opened it, in the conversation
 * (so "status" knows too): the deadline once the file is complete, a file sent back to them to
 * complete (the conversation then takes further documents), the signed
 * PDFs (uploaded to Graph when they are sent), and the end, after which the phone may apply again.
 */
@ApplicationScoped
public class WhatsAppCaseUpdates {
    @Inject
    ConversationRepository conversations;

    @Inject
    WhatsAppMessages messages;

    @Inject
    IssuedDocumentRepository documents;

    @Inject
    WhatsAppChannel channel;

    void onUpdate(@Observes ApplicantUpdate update) {
        if (update.applicant().channel() != ApplicationChannel.WHATSAPP) {
            return;
        }
        Optional<Conversation> found = conversations.lockOfCase(update.caseId());
        if (found.isEmpty() || found.get().state() != ConversationState.SUBMITTED) {
            return; // opened from the conversation but not yet marked so (the opening itself), or finished
        }
        Conversation conversation = found.get();
        ConversationRules rules = channel.rules();
        ConversationOutbox.send(messages, conversation, conversation.caseProgressed(update.stepId(), update.stepEn(),
                update.deadline(), rules), update.at());
        if (update.returnedReason() != null) {
            ConversationOutbox.send(messages, conversation, conversation.caseReturnedToApplicant(update.returnedReason(), rules),
                    update.at());
        }
        if (!update.signedDocumentIds().isEmpty()) {
            ConversationOutbox.send(messages, conversation, conversation.documentsReady(update.signedDocumentIds().size(), rules),
                    update.at());
            for (String documentId : update.signedDocumentIds()) {
                IssuedDocument document = documents.find(documentId).orElseThrow();
                ConversationOutbox.sendDocument(messages, conversation, documentId, document.fileName(),
                        (conversation.language() == Language.EN ? document.type().englishName()
                                : document.type().indonesianName()) + document.number().map(n -> " " + n).orElse("")
                                + " (" + update.caseNumber() + ")",
                        update.at());
            }
        }
        if (update.finished()) {
            ConversationOutbox.send(messages, conversation, conversation.close(update.at(), rules), update.at());
        }
    }
}

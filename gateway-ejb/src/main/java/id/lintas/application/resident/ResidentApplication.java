package id.lintas.application.resident;

import id.lintas.domain.model.document.DocumentType;
import id.lintas.domain.model.servicecase.ApplicantContact;
import java.util.List;
import java.util.Objects;

/**
 * What a resident sent from home, over WhatsApp or by email, for the office to open its case:
 * who and how to answer ({@link ApplicantContact}), the SOP the chosen service runs
 * (LANDA MEWA for a birth, DIK JAMILA ME-WA for the others), the case's subject until the office
 * records the particulars, the documents as they came (photos, scans, PDFs), and the documents the
 * service issues that the kadis signs for it (the service's "issues": a KK, a KIA; none for a
 * KTP-el, which is a card).
 */
public record ResidentApplication(long officeId, ApplicantContact contact, String sopCode, String subject,
        List<Document> documents, List<DocumentType> appliedFor) {

    public ResidentApplication {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(sopCode, "sopCode");
        Objects.requireNonNull(subject, "subject");
        documents = List.copyOf(documents);
        appliedFor = List.copyOf(appliedFor);
    }

    /** One document: what it is (the requirement it answers, in Bahasa Indonesia), its file name and content. */
    public record Document(String label, String fileName, byte[] content) {
        public Document {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(content, "content");
        }
    }
}

package id.lintas.application.resident;

import id.lintas.domain.model.servicecase.ApplicantContact;
import java.time.Instant;
import java.util.List;

/**
 * What the resident whose application opened a case is to know after a move, fired inside the
 * transaction that moved it: where it stands (the current step's activity in both languages;
 * none once finished), the service deadline (once the file is complete), the reason it was sent
 * back to the applicant's own steps to complete (or none), the signed documents to send now (or none), and whether it is finished.
 */
public record ApplicantUpdate(long caseId, String caseNumber, long officeId, ApplicantContact applicant, String stepId,
        String stepEn, Instant deadline, String returnedReason, List<String> signedDocumentIds, boolean finished, Instant at) {
    public ApplicantUpdate {
        signedDocumentIds = List.copyOf(signedDocumentIds);
    }
}

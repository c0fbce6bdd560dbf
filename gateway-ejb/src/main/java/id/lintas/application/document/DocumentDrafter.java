package id.lintas.application.document;

import id.lintas.domain.model.document.DocumentType;
import id.lintas.domain.model.person.Nik;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Renders a document that a case's signing step issues ({@code "signs"} in the SOP file) from what
 * the case holds: its birth data, SIAK's numbers, the family SIAK knows, its targets and schedule.
 * The result is the unsigned PDF the kadis previews and signs with the TTE.
 *
 * <p>Called by the drafting relay inside its transaction. A {@link id.lintas.domain.shared.BusinessException}
 * means the case cannot give this document (it lacks data): the draft is not retried and the
 * office sees the message. Any other exception (SIAK unreachable, say) is retried later.
 */
public interface DocumentDrafter {

    /**
     * Renders {@code type} for the case.
     *
     * @param caseId the case
     * @param type one of the types the step signs
     * @param verificationUrl the public address of this document ({@code /verifikasi/{id}}), for its QR code
     * @param issuedAt the moment of issue, printed as the document's date
     */
    Draft draft(long caseId, DocumentType type, URI verificationUrl, Instant issuedAt);

    /**
     * A rendered document and what the public verification page shows of it.
     *
     * @param number the document's number (nomor akta, nomor KK, the NIK on a KIA, a letter's number)
     * @param subjectNik whose document it is, or null for a letter
     * @param subjectName the holder's name, or the addressee of a letter
     * @param issuedOn the date printed on it
     * @param pdf the unsigned PDF/A-2b
     */
    record Draft(String number, Nik subjectNik, String subjectName, LocalDate issuedOn, byte[] pdf) {
        public Draft {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(subjectName, "subjectName");
            Objects.requireNonNull(issuedOn, "issuedOn");
            Objects.requireNonNull(pdf, "pdf");
        }
    }
}

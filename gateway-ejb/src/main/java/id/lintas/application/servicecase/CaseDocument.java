package id.lintas.application.servicecase;

import java.io.Serializable;
import java.time.ZonedDateTime;

/**
 * A document a case issued, as its case page lists it.
 *
 * @param id the document's public id (its verification address)
 * @param status DRAFTING, DRAFT_FAILED, AWAITING_SIGNATURE, SIGNED, REVOKED or WITHDRAWN
 * @param problem why the draft failed (or the last failed attempt), if it did
 */
public record CaseDocument(String id, String stepKey, String type, String typeName, String typeNameEn, String status,
        String number, String subjectName, String signerName, ZonedDateTime signedAt, String level, String sha256,
        String problem, String revokeReason, String replacedBy) implements Serializable {
}

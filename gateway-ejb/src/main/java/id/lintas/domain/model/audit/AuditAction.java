package id.lintas.domain.model.audit;

/** What an audit entry records. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    ACCESS_DENIED,
    USER_CREATED,
    OFFICE_CREATED,
    AUDIT_VERIFIED,
    CASE_OPENED,
    STEP_COMPLETED,
    STEP_RETURNED,
    STEP_SKIPPED,
    CASE_COMMENTED,
    STEP_ESCALATED,
    SIAK_COMPARED,
    DEAD_LETTER_REPLAYED,
    DEAD_LETTER_DISCARDED,
    ATTACHMENT_ADDED,
    DOCUMENT_ACCESSED,
    PARTNER_CALLBACK_CHANGED,
    PARTNER_SECRET_GENERATED,
    /** A custody event of a paper file confirmed in the portal (the office's courier has the file). */
    CUSTODY_CONFIRMED,
    /** A document signed electronically (TTE) by the kadis. */
    DOCUMENT_SIGNED,
    /** A wrong TTE passphrase: nothing was signed. */
    TTE_PASSPHRASE_WRONG,
    /** Three wrong TTE passphrases in a row: signing locked for a while. */
    TTE_LOCKED,
    /** A signed document revoked (dicabut) by the kadis, with the reason. */
    DOCUMENT_REVOKED,
    /** A document drafted again after its draft failed. */
    DOCUMENT_REDRAFTED,
    /** A case's signed documents sent to an email address by the staff. */
    DOCUMENT_SENT,
    /** The particulars read from a resident's application (persons, KK) recorded on its case. */
    CASE_PARTICULARS_RECORDED,
    /** A kabid answered a resident's complaint (pengaduan); the answer went to the resident's WhatsApp. */
    COMPLAINT_ANSWERED
}

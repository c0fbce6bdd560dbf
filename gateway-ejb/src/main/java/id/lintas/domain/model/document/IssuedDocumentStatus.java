package id.lintas.domain.model.document;

/** Where an issued document stands, from its draft to its signature and, when replaced, its revocation. */
public enum IssuedDocumentStatus {
    /** To be rendered from the case by the drafting relay (retried while SIAK, say, cannot answer). */
    DRAFTING,
    /** The case cannot give this document (it lacks data); the reason is kept. */
    DRAFT_FAILED,
    /** Rendered; in the kadis's TTE inbox. */
    AWAITING_SIGNATURE,
    /** Signed by the kadis (TTE): valid (aktif) on the public verification page. */
    SIGNED,
    /** Signed, then revoked by the kadis (dicabut), usually because a new document replaces it. */
    REVOKED,
    /** An unsigned draft nobody will sign: its case left the signing step and arrived again, with a new draft. */
    WITHDRAWN
}

package id.lintas.domain.model.sop;

/**
 * A moment of a case that the people it serves are told about: a step that marks one says so
 * ({@code "notifies": "DOCUMENTS_READY"}), and a case arriving at that step has reached it. Who is
 * told and how (the family's email of a birth report) is the application's business.
 */
public enum Milestone {
    /** The civil registration documents are signed, archived and on their way to the family. */
    DOCUMENTS_READY
}

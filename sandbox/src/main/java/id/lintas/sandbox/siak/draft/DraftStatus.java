package id.lintas.sandbox.siak.draft;

/** Where a draft is: diajukan (submitted), terbit (approved and numbered / applied), ditolak (rejected). */
public enum DraftStatus {
    DIAJUKAN,
    TERBIT,
    DITOLAK
}

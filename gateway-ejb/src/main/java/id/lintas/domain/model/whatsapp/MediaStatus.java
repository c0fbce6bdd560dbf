package id.lintas.domain.model.whatsapp;

/**
 * What became of the file of an image or document message before the conversation sees it: the
 * relay downloads it from the Graph media endpoint and checks its size and its content (by its
 * first bytes, as every attachment), so the conversation only decides what to answer.
 */
public enum MediaStatus {
    /** The message carries no file (or it has not been fetched). */
    NONE,
    /** Downloaded, a PDF, JPEG or PNG within the size limit, and stored. */
    STORED,
    /** Larger than the office accepts. */
    TOO_LARGE,
    /** Not a PDF, JPEG or PNG, whatever its name or declared type says. */
    WRONG_TYPE,
    /** Could not be downloaded (gone at Meta, empty) after the attempts allowed. */
    UNREADABLE
}

package id.lintas.signing.verify;

import id.lintas.signing.PadesLevel;
import java.time.Instant;

/**
 * What the verifier found about one signature or document timestamp.
 *
 * @param field the signature field's name
 * @param kind a signature, or a document timestamp (B-LTA)
 * @param signer the signer's (or, for a document timestamp, the TSA's) distinguished name, or null if none was found
 * @param claimedTime the time in the signature dictionary's {@code /M} (what the signer's computer said), or null
 * @param timestampTime the RFC 3161 time (signature timestamp, or the document timestamp's), or null
 * @param level the PAdES baseline level the signature meets, null when it is no PAdES signature (or a document timestamp)
 * @param intact whether the signed bytes are unchanged: the byte range is sound, the digest matches and the signature value is right
 * @param coverage whether the signature covers the whole file, or what was appended after it
 * @param trusted whether the signer's chain reaches a trust anchor, nothing in it revoked (checked with CRLs)
 * @param timestamp the signature timestamp's state (for a document timestamp: its own)
 * @param problems what went wrong, for people; empty when all holds
 */
public record SignatureReport(String field, Kind kind, String signer, Instant claimedTime, Instant timestampTime,
        PadesLevel level, boolean intact, Coverage coverage, boolean trusted, TimestampState timestamp,
        java.util.List<String> problems) {

    public enum Kind { SIGNATURE, DOCUMENT_TIMESTAMP }

    public enum Coverage {
        /** The signed range ends where the file ends. */
        WHOLE_DOCUMENT,
        /** Later revisions add only signatures, document timestamps and validation data (DSS). */
        EXTENDED_BY_SIGNATURES,
        /** Something else was appended after signing (changed content, an unsigned edit). */
        MODIFIED_AFTER_SIGNING
    }

    public enum TimestampState { NONE, VALID, INVALID }

    /** Intact, trusted, nothing but signatures and validation data after it, its timestamp (if any) valid. */
    public boolean holds() {
        return intact && trusted && coverage != Coverage.MODIFIED_AFTER_SIGNING && timestamp != TimestampState.INVALID;
    }

    /** The signer's (or TSA's) claimed or timestamped time, the timestamp preferred. */
    public Instant signingTime() {
        return timestampTime != null ? timestampTime : claimedTime;
    }
}

package id.lintas.domain.model.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The hash chain that seals the audit log. Every sealed entry has a sequence number and
 * stores the hash of the entry before it; its own hash covers that previous hash and all of
 * its fields. Changing a sealed row breaks its hash, deleting one breaks the sequence or the
 * next row's link, and deleting the newest ones no longer matches the chain's head.
 */
public final class AuditChain {
    /** The "previous hash" of the first sealed entry. */
    public static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';

    private AuditChain() {
    }

    /** The fields of an entry as stored, timestamps in microseconds since the epoch (PostgreSQL's precision). */
    public record Fields(long id, long occurredAtMicros, Long officeId, String actor, String action, String subject,
            String detail, String remoteAddress) {
    }

    /** A sealed entry as read back: its fields and its link. */
    public record Sealed(Fields fields, long seq, String prevHash, String entryHash) {
    }

    public static String hash(String prevHash, long seq, Fields f) {
        StringBuilder s = new StringBuilder(256).append(prevHash).append(SEPARATOR).append(seq).append(SEPARATOR)
                .append(f.id()).append(SEPARATOR).append(f.occurredAtMicros()).append(SEPARATOR)
                .append(f.officeId() == null ? "" : f.officeId()).append(SEPARATOR).append(f.actor()).append(SEPARATOR)
                .append(f.action()).append(SEPARATOR).append(nullToEmpty(f.subject())).append(SEPARATOR)
                .append(nullToEmpty(f.detail())).append(SEPARATOR).append(nullToEmpty(f.remoteAddress()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Checks sealed entries read in sequence order, then the head, one entry at a time. */
    public static final class Verifier {
        private long expectedSeq = 1;
        private String previous = GENESIS;
        private long checked;
        private Verification broken;

        /** Feeds the next sealed entry; returns false once the chain is broken (later entries are not needed). */
        public boolean accept(Sealed entry) {
            if (broken != null) {
                return false;
            }
            if (entry.seq() != expectedSeq) {
                broken = Verification.broken(checked, expectedSeq, entry.fields().id(), "audit.chain.missing");
            } else if (!previous.equals(entry.prevHash())) {
                broken = Verification.broken(checked, entry.seq(), entry.fields().id(), "audit.chain.relinked");
            } else if (!hash(previous, entry.seq(), entry.fields()).equals(entry.entryHash())) {
                broken = Verification.broken(checked, entry.seq(), entry.fields().id(), "audit.chain.altered");
            } else {
                checked++;
                expectedSeq++;
                previous = entry.entryHash();
                return true;
            }
            return false;
        }

        /** The result, given the head the sealer recorded (last sequence and its hash). */
        public Verification result(long headSeq, String headHash) {
            if (broken != null) {
                return broken;
            }
            if (headSeq != expectedSeq - 1 || !Objects.equals(headSeq == 0 ? GENESIS : headHash, previous)) {
                return Verification.broken(checked, expectedSeq, null, "audit.chain.truncated");
            }
            return new Verification(true, checked, null, null, null);
        }
    }

    /**
     * The outcome of a verification: how many entries were found intact and, when broken, the
     * sequence number and entry where it broke and a message key saying how.
     */
    public record Verification(boolean intact, long checked, Long brokenAtSeq, Long brokenEntryId, String problemKey) {
        static Verification broken(long checked, long seq, Long entryId, String key) {
            return new Verification(false, checked, seq, entryId, key);
        }
    }
}

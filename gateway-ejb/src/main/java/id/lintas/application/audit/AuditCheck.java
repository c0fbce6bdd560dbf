package id.lintas.application.audit;

import java.io.Serializable;

/**
 * The result of verifying the audit chain: entries found intact, entries not sealed yet, and
 * where the chain broke (with the message key of {@code errors} saying how) when it did.
 */
public record AuditCheck(boolean intact, long checked, long unsealed, Long brokenAtSeq, Long brokenEntryId,
        String problemKey) implements Serializable {
}

package id.lintas.application.servicecase;

import id.lintas.domain.model.sop.LocalizedText;
import java.io.Serializable;
import java.time.ZonedDateTime;

/**
 * A step waiting for the caller's role: the case, the step, since when, by when (in the office's
 * time zone), how many of its items wait (per-item steps), whether it is late and whether it was
 * escalated; and the case's service deadline (once its clock runs: LANDA MEWA's 24 hours from the
 * complete file) and whether it has passed.
 */
public record InboxEntry(long caseId, String caseNumber, String sopCode, LocalizedText sopTitle, String stepKey,
        int stepNo, LocalizedText activity, String subject, ZonedDateTime startedAt, ZonedDateTime dueAt, long items,
        boolean overdue, String escalatedTo, ZonedDateTime serviceDeadline, boolean serviceOverdue) implements Serializable {
}

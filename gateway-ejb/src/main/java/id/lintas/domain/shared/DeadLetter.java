package id.lintas.domain.shared;

import java.time.Instant;

/**
 * Something the background work gave up on and that waits for the office's admin: a dead outbox
 * entry (SIAK submission, notification), a birth report whose case could not be opened, a courier
 * leg that could not be booked, a WhatsApp message given up, an emailed application that could not
 * be decided. It belongs to an office and usually a case; the admin sends it again or
 * gives it up, and it decides itself whether it can be.
 */
public interface DeadLetter {
    long officeId();

    String caseNumber();

    /** What the audit entry of the admin's action is about: its case number, or its own reference when it has no case. */
    default String auditSubject() {
        return caseNumber();
    }

    /** The admin sends it again: the work is done once more, as it was. */
    void replay(Instant now);

    /** The admin gives it up: it no longer waits for anyone. */
    void discard(Instant now);
}

package id.lintas.domain.model.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The emailed applications of the offices. */
public interface MailApplicationRepository {
    /** Stores an email unless the office has one with its Message-ID already; returns whether it was new. */
    boolean storeOnce(MailApplication application);

    /** Locks up to {@code max} undecided applications due at {@code now} that no other transaction holds, oldest first. */
    List<Long> lockDue(Instant now, int max);

    Optional<MailApplication> lock(long id);

    Optional<MailApplication> find(long id);

    /** The accepted application that opened a case. */
    Optional<MailApplication> ofCase(long caseId);

    /** The office's accepted application whose case has {@code caseNumber}. */
    Optional<MailApplication> acceptedWithCase(long officeId, String caseNumber);
}

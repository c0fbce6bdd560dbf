package id.lintas.application.siak;

import id.lintas.application.DeadLetterStore;
import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.siak.SiakSubmission;
import id.lintas.domain.model.siak.SubmissionStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The admin's dead-letter store of SIAK submissions: what SIAK refused or what kept failing; replay or discard, audited. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DeadLetters extends DeadLetterStore<SiakSubmission> {
    private static final Entries<SiakSubmission> SUBMISSIONS = new Entries<>(SiakSubmission.class, "SiakSubmission",
            "siak.submission.notFound");

    /** A dead submission with its payload and its error. */
    public record DeadLetter(long id, String caseNumber, String kind, int attempts, String error, String payload,
            Instant failedAt) implements Serializable {
    }

    /** The office's dead submissions, newest first. */
    public List<DeadLetter> list() {
        return dead(SubmissionStatus.DEAD).stream()
                .map(s -> new DeadLetter(s.id(), s.caseNumber(), s.kind().name(), s.attempts(), s.lastError().orElse(null),
                        s.payload(), s.updatedAt()))
                .toList();
    }

    @Override
    protected Entries<SiakSubmission> entries() {
        return SUBMISSIONS;
    }

    @Override
    protected String describe(SiakSubmission s) {
        return "submission " + s.id() + " key " + s.idempotencyKey();
    }
}

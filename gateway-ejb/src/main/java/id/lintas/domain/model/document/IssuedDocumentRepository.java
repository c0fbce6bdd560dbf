package id.lintas.domain.model.document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The documents cases issue, their signing runs and the signers' passphrase counts. */
public interface IssuedDocumentRepository {
    Optional<IssuedDocument> find(String id);

    /** A case's documents, oldest first, all statuses. */
    List<IssuedDocument> ofCase(long caseId);

    /** The documents of an office waiting for the kadis's signature, oldest first. */
    List<IssuedDocument> awaitingSignature(long officeId);

    /**
     * The document, locked until the end of the transaction if it still waits for a signature in
     * {@code officeId}; empty when another run holds it or it is no longer waiting.
     */
    Optional<IssuedDocument> lockAwaiting(String id, long officeId);

    /** Up to {@code limit} drafts due at {@code now} that this instance can lock (SKIP LOCKED). */
    List<IssuedDocument> lockDueDrafts(Instant now, int limit);

    void store(IssuedDocument document);

    PassphraseAttempts passphraseAttempts(long officeId, String username);

    void storePassphraseAttempts(long officeId, String username, PassphraseAttempts attempts, Instant now);

    Optional<SigningBatch> batch(String id);

    void store(SigningBatch batch);

}

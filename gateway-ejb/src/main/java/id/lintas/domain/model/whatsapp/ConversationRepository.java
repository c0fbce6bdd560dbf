package id.lintas.domain.model.whatsapp;

import java.util.List;
import java.util.Optional;

/** Residents' conversations with the office. */
public interface ConversationRepository {
    /**
     * The phone's open conversation with the office, locked until the end of the transaction:
     * two messages of one phone take turns even on two instances.
     */
    Optional<Conversation> lockOpen(long officeId, WaId phone);

    Optional<Conversation> find(long id);

    /** Locks it until the end of the transaction. */
    Optional<Conversation> lock(long id);

    /** The conversation whose application opened the case, locked until the end of the transaction. */
    Optional<Conversation> lockOfCase(long caseId);

    /**
     * The ids of submitted applications whose case is not opened yet and due to be, oldest first,
     * locked ({@code SKIP LOCKED}: another instance takes others).
     */
    List<Long> lockSubmittedWithoutCase(java.time.Instant now, int max);

    /** The ids of conversations whose resident sent documents the case does not have yet, oldest first, not locked by others. */
    List<Long> withSupplementsToForward(int max);

    /** Stores a new conversation and gives it its id at once (its messages and replies name it). */
    void store(Conversation conversation);
}

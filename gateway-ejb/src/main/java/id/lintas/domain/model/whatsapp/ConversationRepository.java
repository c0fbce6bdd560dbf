package id.lintas.domain.model.whatsapp;

import java.util.Optional;

/** Residents' conversations with the office. */
public interface ConversationRepository {
    /**
     * The phone's open conversation with the office, locked until the end of the transaction:
     * two messages of one phone take turns even on two instances.
     */
    Optional<Conversation> lockOpen(long officeId, WaId phone);

    Optional<Conversation> find(long id);

    /** Stores a new conversation and gives it its id at once (its messages and replies name it). */
    void store(Conversation conversation);
}

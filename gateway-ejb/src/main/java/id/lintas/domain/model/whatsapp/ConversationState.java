package id.lintas.domain.model.whatsapp;

/**
 * Where a resident's conversation with the office stands. A phone has at most one open
 * conversation per office ({@link #isOpen()}); a closed one stays as the record of what was said
 * and sent, and the phone's next message starts a new one.
 */
public enum ConversationState {
    /** No service chosen yet: the menu is offered. */
    MENU,
    /** A service is chosen; its required documents are being sent, one after another. */
    COLLECTING,
    /** Every required document is in: the resident is asked to send (Kirim) or change (Ubah). */
    CONFIRMING,
    /** Sent to the office: the application has its number and waits for (or has) its case. */
    SUBMITTED,
    /** The resident stayed silent too long; what was sent is kept, the draft is no longer open. */
    EXPIRED,
    /** The resident cancelled the draft (batal). */
    CANCELLED,
    /** The case of a submitted application is finished. */
    CLOSED;

    public boolean isOpen() {
        return this == MENU || this == COLLECTING || this == CONFIRMING || this == SUBMITTED;
    }

    /** Whether it is a draft the resident is still filling, which silence reminds and expires. */
    public boolean isDraft() {
        return this == MENU || this == COLLECTING || this == CONFIRMING;
    }
}

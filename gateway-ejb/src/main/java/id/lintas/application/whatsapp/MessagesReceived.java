package id.lintas.application.whatsapp;

/**
 * Residents' messages new to Lintas were stored by a webhook on this instance: fired in the
 * webhook's transaction, observed after it commits, so the conversations look at them at once
 * instead of at their next turn.
 */
public record MessagesReceived(int count) {
}

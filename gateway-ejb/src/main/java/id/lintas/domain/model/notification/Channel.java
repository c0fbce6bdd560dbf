package id.lintas.domain.model.notification;

/** How a notification travels. */
public enum Channel {
    /** A signed HTTP POST to a partner's callback URL. */
    CALLBACK,
    /** An email to a family. */
    EMAIL
}

package id.lintas.domain.model.notification;

/** Where a notification stands. */
public enum NotificationStatus {
    /** In the outbox, to be sent (again) at its next attempt time. */
    WAITING,
    /** The partner's system or the mail server took it. */
    SENT,
    /** Refused, or it kept failing: waits for an admin to replay or discard it. */
    DEAD,
    /** Given up by an admin. */
    DISCARDED
}

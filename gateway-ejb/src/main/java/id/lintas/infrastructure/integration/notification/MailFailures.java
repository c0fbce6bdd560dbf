package id.lintas.infrastructure.integration.notification;

import jakarta.mail.SendFailedException;

/** What a failed send says about the email: whether the server rejected its address for good. */
final class MailFailures {
    private MailFailures() {
    }

    /** A {@link SendFailedException} (anywhere in the causes) naming addresses the server rejects (a 5xx to RCPT TO). */
    static boolean rejectedAddress(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                    && failed.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }
}

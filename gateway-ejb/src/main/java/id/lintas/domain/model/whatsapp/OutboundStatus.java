package id.lintas.domain.model.whatsapp;

/**
 * Where a message to a resident stands: waiting in the outbox (backing off after failures), then
 * accepted by the Cloud API ({@link #SENT}, with its wamid), then what Meta's status webhooks say
 * ({@link #DELIVERED} to the phone, {@link #READ}, or {@link #FAILED} after all); refused or
 * failing too often it is {@link #DEAD} and waits for an admin (replay or {@link #DISCARDED}).
 */
public enum OutboundStatus {
    WAITING(0), SENT(1), DELIVERED(2), READ(3), FAILED(4), DEAD(0), DISCARDED(0);

    private final int rank;

    OutboundStatus(int rank) {
        this.rank = rank;
    }

    /** The status a webhook's {@code statuses[].status} names, if it is one Lintas follows. */
    public static java.util.Optional<OutboundStatus> ofApi(String status) {
        return java.util.Optional.ofNullable(switch (status == null ? "" : status) {
            case "sent" -> SENT;
            case "delivered" -> DELIVERED;
            case "read" -> READ;
            case "failed" -> FAILED;
            default -> null;
        });
    }

    /** Whether a report of {@code next} moves a message in this status on (reports come out of order; none goes back). */
    boolean movesOnTo(OutboundStatus next) {
        return rank >= 1 && rank < 4 && next.rank > rank;
    }
}

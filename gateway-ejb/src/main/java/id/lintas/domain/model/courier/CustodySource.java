package id.lintas.domain.model.courier;

/** Who recorded a custody event: the courier company through its API, or a user in the portal. */
public enum CustodySource {
    /** The courier company's status report (a signed webhook). */
    COURIER_API,
    /** A user of the portal: the office's courier confirming a pickup, or completing the step on delivery. */
    PORTAL
}

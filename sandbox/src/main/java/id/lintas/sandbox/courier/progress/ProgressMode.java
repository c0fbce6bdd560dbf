package id.lintas.sandbox.courier.progress;

/** Who moves the courier's orders along; see {@link ProgressPolicy}. */
public enum ProgressMode {
    /** A timer moves every open order one status forward every {@code stepMs}. */
    AUTO,
    /** Orders move only when the admin API (or embedding code) advances them. */
    MANUAL
}

package id.lintas.sandbox.siak.numbering;

/** All 9,999 serials of a number's prefix (district and date, or regency and day) are used. */
public final class SerialsExhausted extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    SerialsExhausted(String message) {
        super(message);
    }
}

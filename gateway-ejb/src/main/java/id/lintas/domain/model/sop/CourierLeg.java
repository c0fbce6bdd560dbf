package id.lintas.domain.model.sop;

import java.io.Serializable;
import java.util.Objects;

/**
 * A step whose work is carrying the paper file (<i>berkas</i>): the gateway books a courier for it
 * when a case arrives at the step, and the courier's delivery completes it. {@code leg} says which
 * trip it is, {@code from} and {@code to} where the courier collects and delivers, e.g. SELINTAS's
 * pickup from the hospital to the office and the return of the signed documents to the hospital,
 * or LANDA MEWA's delivery of the printed KIA/KTP-el to the applicant's home.
 */
public record CourierLeg(Leg leg, Place from, Place to) implements Serializable {
    /** Which trip of a case's file. */
    public enum Leg {
        /** The application file from the institution that took it in to the office. */
        PICKUP,
        /** The finished documents from the office back to whoever hands them over. */
        RETURN,
        /** The printed cards (KIA, KTP-el) from the office to the applicant's home (LANDA MEWA). */
        DELIVERY
    }

    /** Where a courier collects or delivers: the case's institution or the office. */
    public enum Place {
        /** The case's outside institution (hospital, puskesmas, school, village), at its address. */
        INSTITUTION,
        /** The Dukcapil office, at its address. */
        OFFICE,
        /** The applicant, at the delivery address recorded on the case (from the application's KK). */
        APPLICANT
    }

    public CourierLeg {
        Objects.requireNonNull(leg, "courier leg");
        Objects.requireNonNull(from, "courier from");
        Objects.requireNonNull(to, "courier to");
        if (from == to) {
            throw new IllegalArgumentException("a courier leg goes somewhere else: from and to are both " + from);
        }
    }

    @Override
    public String toString() {
        return leg + " " + from + " → " + to;
    }
}

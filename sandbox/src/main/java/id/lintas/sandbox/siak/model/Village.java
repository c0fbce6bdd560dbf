package id.lintas.sandbox.siak.model;

import java.util.List;

/**
 * A desa (rural village) or kelurahan (urban village) of a district. Its {@code number} is the
 * four-digit part of the Kemendagri code, 1001 upwards for kelurahan and 2001 upwards for desa.
 * Each RW (rukun warga, the neighbourhood) is one locality: a dukuh (hamlet) in a desa, a street
 * in a kelurahan; {@code rtPerRw} says how many RT (rukun tetangga, the block of houses under an
 * RW) each has.
 */
public record Village(District district, String number, String name, boolean urban, List<String> localities,
        List<Integer> rtPerRw) {

    public Village {
        localities = List.copyOf(localities);
        rtPerRw = List.copyOf(rtPerRw);
    }

    /** The Kemendagri code with dots, e.g. {@code 33.16.09.1001}. */
    public String kemendagriCode() {
        return district.kemendagriCode() + "." + number;
    }

    public int rwCount() {
        return localities.size();
    }
}

package id.lintas.sandbox.siak.population;

import id.lintas.sandbox.siak.model.Family;
import id.lintas.sandbox.siak.model.Resident;
import id.lintas.sandbox.siak.numbering.NumberIssuer;
import java.time.LocalDate;
import java.util.List;

/**
 * A generated population: families in the order they were made, residents family by family, and
 * the number issuer whose counters already hold every number given out, for the registry to go
 * on from.
 *
 * @param asOf    the date the data describes: ages, KK and akta dates are counted up to it
 * @param millis  how long the generation took
 */
public record Population(long seed, LocalDate asOf, List<Family> families, List<Resident> residents,
        NumberIssuer issuer, long millis) {
}

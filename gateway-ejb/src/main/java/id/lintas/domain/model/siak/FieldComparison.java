package id.lintas.domain.model.siak;

/** One field of a comparison with SIAK: what was submitted, what SIAK holds, and whether they agree. */
public record FieldComparison(String field, String submitted, String registered, boolean matches) {
}

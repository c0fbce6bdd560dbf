package id.lintas.sandbox.siak.registry;

/** One reason SIAK refuses data: the field ({@code null} for the whole) and a message in Bahasa Indonesia. */
public record Problem(String field, String message) {
}

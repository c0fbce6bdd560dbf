/**
 * PAdES baseline signatures (ETSI EN 319 142-1) for documents signed by the kadis (TTE).
 *
 * <p>A plain Java library (PDFBox + Bouncy Castle) with no container dependency; the EJB module
 * adapts it behind its {@code DocumentSigner} port. The signing levels, keys and the command
 * line arrive with the TTE issue; this module exists now so that the build layout is final.
 */
package id.lintas.signing;

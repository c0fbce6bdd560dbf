/**
 * PAdES baseline signatures (ETSI EN 319 142-1) for documents signed by the kadis (TTE).
 *
 * <p>A plain Java library (PDFBox + Bouncy Castle) with no container dependency; the EJB module
 * adapts it behind its {@code DocumentSigner} port. Start with a {@link id.lintas.signing.KeySource}
 * ({@link id.lintas.signing.Pkcs12KeySource}, {@link id.lintas.signing.Pkcs11KeySource}), open a
 * {@link id.lintas.signing.SigningSession} with the passphrase and sign with a
 * {@link id.lintas.signing.SignatureRequest}; check with
 * {@link id.lintas.signing.verify.PadesVerifier}. {@code testpki.DemoPki} and
 * {@code tsa.TimestampAuthority} are the demo PKI and the local RFC 3161 TSA; {@code cli.SigningCli}
 * is the command line.
 */
package id.lintas.signing;

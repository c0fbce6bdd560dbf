package id.lintas.devserver;

import id.lintas.signing.Pem;
import id.lintas.signing.testpki.DemoPki;
import id.lintas.signing.tsa.TimestampAuthority;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The demo office's TTE directory, the server's {@code LINTAS_TTE_DIR}: a demo PKI whose kadis is
 * the demo data's ({@value #KADIS}, "Hendro Wibowo"), written by
 * {@link DemoPki#writeTteDirectory} (keys/, trust/, crl/, tsa/), the kadis's key under
 * {@value #PASSPHRASE}; and the sandbox's timestamp authority from its {@code tsa/tsa.p12}. The
 * run command keeps it between runs ({@link #ensure}), the integration tests make a fresh one
 * ({@link #generate}). Demo keys only: never a real office's.
 */
public final class DemoTte {
    /** The demo kadis's TTE passphrase, asked for when signing. */
    public static final String PASSPHRASE = "tte-demo";
    /** The demo kadis's user name, the name of the key file {@code keys/kadis.p12}. */
    public static final String KADIS = "kadis";
    /** A directory whose CRLs or certificates end sooner than this is made again by {@link #ensure}. */
    private static final Duration MARGIN = Duration.ofDays(2);

    private DemoTte() {
    }

    /** Writes a fresh demo PKI into {@code directory}, removing whatever was there. */
    public static Path generate(Path directory) {
        try {
            if (Files.exists(directory)) {
                try (Stream<Path> old = Files.walk(directory)) {
                    for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            DemoPki.generateForDemoOffice().writeTteDirectory(directory, KADIS, PASSPHRASE.toCharArray());
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the TTE directory " + directory, e);
        }
    }

    /**
     * The directory as an earlier run left it, or a fresh one when it is missing, incomplete or
     * about to go stale (its CRLs are valid for 30 days, a server checking revocation would refuse
     * them after that). Returns whether it was made now.
     */
    public static boolean ensure(Path directory) {
        if (usable(directory)) {
            return false;
        }
        generate(directory);
        return true;
    }

    /** The sandbox's timestamp authority: the key and chain of {@code tsa/tsa.p12}. */
    public static TimestampAuthority timestampAuthority(Path directory) {
        return TimestampAuthority.fromPkcs12(directory.resolve("tsa/tsa.p12"), DemoPki.TSA_SANDBOX_PASSWORD.toCharArray());
    }

    /** The trust anchor's PEM file, {@code trust/root-ca.pem}. */
    public static Path trustAnchorFile(Path directory) {
        return directory.resolve("trust/root-ca.pem");
    }

    /** The trust anchor: the demo office's root CA. */
    public static X509Certificate trustAnchor(Path directory) {
        try {
            return Pem.readCertificates(trustAnchorFile(directory)).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean usable(Path directory) {
        Path kadis = directory.resolve("keys/" + KADIS + ".p12");
        Path tsa = directory.resolve("tsa/tsa.p12");
        Path anchor = trustAnchorFile(directory);
        Path rootCrl = directory.resolve("crl/root.crl");
        Path issuingCrl = directory.resolve("crl/issuing-ca.crl");
        if (!Stream.of(kadis, tsa, anchor, rootCrl, issuingCrl).allMatch(Files::isRegularFile)) {
            return false;
        }
        try {
            Instant soon = Instant.now().plus(MARGIN);
            for (Path crl : new Path[] {rootCrl, issuingCrl}) {
                for (X509CRL each : Pem.readCrls(crl)) {
                    if (each.getNextUpdate() == null || each.getNextUpdate().toInstant().isBefore(soon)) {
                        return false;
                    }
                }
            }
            for (X509Certificate certificate : timestampAuthority(directory).chain()) {
                certificate.checkValidity(java.util.Date.from(soon));
            }
            return true;
        } catch (IOException | RuntimeException | CertificateExpiredException | CertificateNotYetValidException e) {
            return false;
        }
    }
}

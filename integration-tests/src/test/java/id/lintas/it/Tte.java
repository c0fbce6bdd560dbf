package id.lintas.it;

import id.lintas.devserver.DemoTte;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

/**
 * The TTE directory of the test run ({@code LINTAS_TTE_DIR}), a fresh demo PKI that
 * {@link EmbeddedPostgresSession} writes before Payara starts: the kadis ({@code kadis}, Hendro
 * Wibowo) signs with {@link #PASSPHRASE}; signed documents verify against {@link #trustAnchor()}.
 */
final class Tte {
    /** The demo kadis's TTE passphrase. */
    static final String PASSPHRASE = DemoTte.PASSPHRASE;

    private Tte() {
    }

    static Path directory() {
        return Path.of(System.getProperty("lintas.it.tte.dir"));
    }

    /** The demo office's root CA ({@code trust/root-ca.pem}). */
    static X509Certificate trustAnchor() {
        return DemoTte.trustAnchor(directory());
    }

    /** The sandbox's timestamp authority, as the server's {@code LINTAS_TSA_URL} names it. */
    static String tsaUrl() {
        return Sandbox.baseUrl() + "/tsa";
    }
}

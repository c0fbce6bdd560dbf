package id.lintas.infrastructure.tte;

import id.lintas.domain.shared.BusinessException;
import id.lintas.signing.HttpTimestampClient;
import id.lintas.signing.KeySource;
import id.lintas.signing.PadesLevel;
import id.lintas.signing.Pem;
import id.lintas.signing.Pkcs12KeySource;
import id.lintas.signing.SignatureRequest;
import id.lintas.signing.TimestampClient;
import id.lintas.signing.verify.PadesVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the kadis's TTE keys, the office's trust anchors and CRLs, and the timestamp authority are
 * ({@code lintas.tte.dir}, env {@code LINTAS_TTE_DIR}, laid out as the signing module's
 * {@code DemoPki.writeTteDirectory} writes it):
 * <ul>
 * <li>{@code keys/<username>.p12}: each kadis's key and chain (PKCS#12), unlocked by their passphrase
 * for one signing run only; the key never leaves the signing module;</li>
 * <li>{@code trust/*.pem}: the trust anchors the public verification checks uploaded PDFs against;</li>
 * <li>{@code crl/*.crl}: the CRLs embedded from level B-LT.</li>
 * </ul>
 * The level is {@code lintas.tte.level} (default B-T); B-T and above need the TSA's URL
 * ({@code lintas.tsa.url}, env {@code LINTAS_TSA_URL}); without one the documents are signed B-B.
 * Every instance of a deployment group reads the same directory (a shared volume or a copy).
 */
@ApplicationScoped
public class TteConfiguration {
    @Inject
    @ConfigProperty(name = "lintas.tte.dir", defaultValue = " ")
    String directory;

    @Inject
    @ConfigProperty(name = "lintas.tsa.url", defaultValue = " ")
    String tsaUrl;

    @Inject
    @ConfigProperty(name = "lintas.tte.level", defaultValue = "B-T")
    String level;

    @Inject
    @ConfigProperty(name = "lintas.tte.tsa-timeout-ms", defaultValue = "5000")
    int tsaTimeoutMs;

    /** How long three wrong passphrases in a row lock signing. */
    @Inject
    @ConfigProperty(name = "lintas.tte.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    /** Settings given directly (outside the container: tools, tests). */
    public static TteConfiguration of(String directory, String tsaUrl, String level) {
        TteConfiguration c = new TteConfiguration();
        c.directory = directory == null ? " " : directory;
        c.tsaUrl = tsaUrl == null ? " " : tsaUrl;
        c.level = level;
        c.tsaTimeoutMs = 5000;
        c.lockoutMinutes = 15;
        return c;
    }

    public Duration lockout() {
        return Duration.ofMinutes(lockoutMinutes);
    }

    /** The kadis's key, refused with a clear message when none is installed for the account. */
    public KeySource keyOf(String username) {
        Path file = root().resolve("keys").resolve(username + ".p12");
        if (!username.matches("[A-Za-z0-9._-]+") || !Files.isRegularFile(file)) {
            throw new BusinessException("tte.noKey", username);
        }
        return new Pkcs12KeySource(file);
    }

    /** What every signature of the office is made with (the documents carry their own QR code: invisible). */
    public SignatureRequest request(String reason, String location) {
        PadesLevel wanted = PadesLevel.parse(level.strip());
        Optional<TimestampClient> tsa = timestamps();
        PadesLevel effective = tsa.isPresent() ? wanted : PadesLevel.B_B;
        List<X509CRL> crls = effective.atLeast(PadesLevel.B_LT) ? crls() : List.of();
        return SignatureRequest.at(effective, tsa.orElse(null), crls).withReason(reason).withLocation(location);
    }

    private Optional<TimestampClient> timestamps() {
        return tsaUrl.isBlank() ? Optional.empty()
                : Optional.of(new HttpTimestampClient(URI.create(tsaUrl.strip()), Duration.ofMillis(tsaTimeoutMs)));
    }

    /** A verifier against the office's trust anchors and CRLs. */
    public PadesVerifier verifier() {
        return new PadesVerifier(trustAnchors(), crls());
    }

    public List<X509Certificate> trustAnchors() {
        List<X509Certificate> anchors = new ArrayList<>();
        for (Path pem : files("trust", ".pem")) {
            try {
                anchors.addAll(Pem.readCertificates(pem));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return anchors;
    }

    public List<X509CRL> crls() {
        List<X509CRL> crls = new ArrayList<>();
        for (Path crl : files("crl", ".crl")) {
            try {
                crls.addAll(Pem.readCrls(crl));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return crls;
    }

    private List<Path> files(String folder, String suffix) {
        if (directory.isBlank()) {
            return List.of();
        }
        Path dir = root().resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path root() {
        if (directory.isBlank()) {
            throw new BusinessException("tte.notConfigured");
        }
        return Path.of(directory.strip());
    }
}

package id.lintas.devserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The https certificate of a Payara domain for development, tests and the benchmark: a key pair of
 * its own for {@code localhost} (subject alternative names {@code localhost} and {@code 127.0.0.1}),
 * made with the JDK's {@code keytool} when the domain has none, installed as the https listener's
 * certificate (alias {@value #ALIAS} in the domain's {@code keystore.p12}, master password
 * {@value #DOMAIN_PASSWORD}) while the domain is stopped. Nothing of it is committed: each domain
 * makes its own. Clients trust exactly this certificate ({@link #sslContext()}, or the files
 * {@link #truststore()} and {@link #pem()}); hostname verification stays on. A real office uses its
 * own certificate from a real certificate authority instead.
 */
public final class LocalhostCertificate {
    static final String ALIAS = "s1as";
    static final String DOMAIN_PASSWORD = "changeit";
    /** Password of the exported truststore; it holds nothing secret. */
    public static final String TRUSTSTORE_PASSWORD = "changeit";
    static final String SUBJECT = "CN=localhost, OU=development and tests, O=Lintas";

    private final X509Certificate certificate;
    private final Path truststore;
    private final Path pem;

    private LocalhostCertificate(X509Certificate certificate, Path truststore, Path pem) {
        this.certificate = certificate;
        this.truststore = truststore;
        this.pem = pem;
    }

    /**
     * Makes sure the domain ({@code domainDir}, holding {@code config/keystore.p12}) serves https
     * with a localhost certificate, making one if it has none that is valid for another 30 days,
     * and writes what clients trust into {@code clientDir}: {@code truststore.p12} and
     * {@code localhost.crt} (PEM). Call it while the domain is stopped.
     */
    public static LocalhostCertificate install(Path domainDir, Path clientDir) throws IOException, GeneralSecurityException,
            InterruptedException {
        Path keystoreFile = domainDir.resolve("config/keystore.p12");
        KeyStore keystore = load(keystoreFile, DOMAIN_PASSWORD);
        X509Certificate current = keystore.getCertificate(ALIAS) instanceof X509Certificate x ? x : null;
        if (!servesLocalhost(current)) {
            current = replaceKeyPair(keystore, keystoreFile, domainDir.resolve("config/cacerts.p12"));
        }
        Files.createDirectories(clientDir);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("lintas-localhost", current);
        Path truststore = clientDir.resolve("truststore.p12");
        try (OutputStream out = Files.newOutputStream(truststore)) {
            trust.store(out, TRUSTSTORE_PASSWORD.toCharArray());
        }
        Path pem = clientDir.resolve("localhost.crt");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(current.getEncoded())
                + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
        return new LocalhostCertificate(current, truststore, pem);
    }

    /** The certificate written by {@link #install} into {@code clientDir}, for a client in another JVM. */
    public static LocalhostCertificate trusted(Path clientDir) throws IOException, GeneralSecurityException {
        Path truststore = clientDir.resolve("truststore.p12");
        KeyStore trust = load(truststore, TRUSTSTORE_PASSWORD);
        return new LocalhostCertificate((X509Certificate) trust.getCertificate("lintas-localhost"), truststore,
                clientDir.resolve("localhost.crt"));
    }

    /** TLS that trusts this certificate and nothing else. */
    public SSLContext sslContext() {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("lintas-localhost", certificate);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, tmf.getTrustManagers(), null);
            return tls;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("TLS context for the localhost certificate", e);
        }
    }

    /** An HTTP client builder that trusts this certificate (HTTP/1.1, as most hospital systems speak). */
    public HttpClient.Builder httpClient() {
        return HttpClient.newBuilder().sslContext(sslContext()).version(HttpClient.Version.HTTP_1_1);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** PKCS#12 truststore with only this certificate, password {@value #TRUSTSTORE_PASSWORD}. */
    public Path truststore() {
        return truststore;
    }

    /** The certificate in PEM ({@code curl --cacert}). */
    public Path pem() {
        return pem;
    }

    private static boolean servesLocalhost(X509Certificate c) throws GeneralSecurityException {
        if (c == null || !c.getSubjectX500Principal().getName().equals(
                new javax.security.auth.x500.X500Principal(SUBJECT).getName())) {
            return false;
        }
        if (c.getNotAfter().before(Date.from(Instant.now().plus(Duration.ofDays(30))))) {
            return false;
        }
        Collection<List<?>> names = c.getSubjectAlternativeNames();
        List<Object> values = new ArrayList<>();
        if (names != null) {
            names.forEach(n -> values.add(n.get(1)));
        }
        return values.contains("localhost") && values.contains("127.0.0.1");
    }

    /** A new key pair made by keytool, put into the domain's keystore under {@value #ALIAS}, its certificate into cacerts. */
    private static X509Certificate replaceKeyPair(KeyStore keystore, Path keystoreFile, Path cacertsFile)
            throws IOException, GeneralSecurityException, InterruptedException {
        Path made = Files.createTempFile("lintas-localhost", ".p12");
        Files.delete(made);
        try {
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                    "-dname", SUBJECT, "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-ext", "EKU=serverAuth",
                    "-storetype", "PKCS12", "-keystore", made.toString(),
                    "-storepass", DOMAIN_PASSWORD, "-keypass", DOMAIN_PASSWORD)
                    .redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (keytool.waitFor() != 0) {
                throw new IOException("keytool could not make the localhost key pair: " + output);
            }
            KeyStore fresh = load(made, DOMAIN_PASSWORD);
            KeyStore.Entry entry = fresh.getEntry(ALIAS, new KeyStore.PasswordProtection(DOMAIN_PASSWORD.toCharArray()));
            keystore.setEntry(ALIAS, entry, new KeyStore.PasswordProtection(DOMAIN_PASSWORD.toCharArray()));
            store(keystore, keystoreFile);
            Certificate certificate = fresh.getCertificate(ALIAS);
            if (Files.exists(cacertsFile)) {
                KeyStore cacerts = load(cacertsFile, DOMAIN_PASSWORD);
                cacerts.setCertificateEntry(ALIAS, certificate);
                store(cacerts, cacertsFile);
            }
            System.out.println("[lintas] made a certificate for localhost in " + keystoreFile);
            return (X509Certificate) certificate;
        } finally {
            Files.deleteIfExists(made);
        }
    }

    private static KeyStore load(Path file, String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password.toCharArray());
        }
        return store;
    }

    private static void store(KeyStore store, Path file) throws IOException, GeneralSecurityException {
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        try (OutputStream out = Files.newOutputStream(temp)) {
            store.store(out, DOMAIN_PASSWORD.toCharArray());
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}

package id.lintas.signing.testpki;

import id.lintas.signing.Pem;
import id.lintas.signing.tsa.TimestampAuthority;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The office's demonstration PKI, generated in memory (never committed): an office root CA, an
 * issuing CA under it, the kadis's signing certificate (key usage non-repudiation and digital
 * signature), a timestamp authority's certificate (extended key usage timeStamping, critical), a
 * revoked former signer, and the two CRLs (the root's, covering the issuing CA, and the issuing
 * CA's, listing the revoked signer). RSA-2048 and SHA-256 throughout.
 *
 * <p>Used by the tests, the command line's {@code pki} command, the benchmark, and the run command
 * and the integration tests, which give the server a {@linkplain #writeTteDirectory TTE directory}
 * and the sandbox its timestamp authority. {@link #writeTo} stores it as PEM and PKCS#12 files.
 */
public final class DemoPki {
    /** A certificate with its key pair. */
    public record Issued(X509Certificate certificate, KeyPair keys) {
        public PrivateKey privateKey() {
            return keys.getPrivate();
        }
    }

    public static final String DEFAULT_OFFICE = "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora";
    public static final String DEFAULT_LABEL = "Dukcapil Blora";
    public static final String DEFAULT_SIGNER = "Drs. Suryo Pranoto, M.Si.";
    /**
     * The kadis of the demo office's data (user {@code kadis} in gateway-ejb's {@code DemoOffice}):
     * the name the running server and the integration tests put in the kadis's certificate.
     */
    public static final String DEMO_KADIS_NAME = "Hendro Wibowo";
    /** The password of {@code tsa/tsa.p12} in a {@linkplain #writeTteDirectory TTE directory}: the sandbox's TSA is no secret. */
    public static final String TSA_SANDBOX_PASSWORD = "tsa-sandbox";

    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

    private final Issued root;
    private final Issued issuing;
    private final Issued kadis;
    private final Issued revokedSigner;
    private final Issued tsa;
    private final X509CRL rootCrl;
    private final X509CRL issuingCrl;

    private DemoPki(String office, String label, String signerName) throws GeneralSecurityException, IOException, OperatorCreationException {
        Instant now = Instant.now();
        Instant from = now.minus(Duration.ofDays(1));
        root = rootCa(name(office, label + " Root CA", null), from, now.plus(Duration.ofDays(3650)));
        issuing = subCa(name(office, label + " Issuing CA", null), root, from, now.plus(Duration.ofDays(1825)));
        kadis = endEntity(name(office, signerName, "Kepala Dinas"), issuing, from, now.plus(Duration.ofDays(730)), false);
        revokedSigner = endEntity(name(office, "Pejabat Lama", "Kepala Dinas (lama)"), issuing, from,
                now.plus(Duration.ofDays(730)), false);
        tsa = endEntity(name(office, label + " TSA", null), issuing, from,
                now.plus(Duration.ofDays(1825)), true);
        rootCrl = crl(root, now, null);
        issuingCrl = crl(issuing, now, revokedSigner.certificate().getSerialNumber());
    }

    /** A fresh PKI for the Dinas of Blora and its kadis. */
    public static DemoPki generate() {
        return generate(DEFAULT_OFFICE, DEFAULT_LABEL, DEFAULT_SIGNER);
    }

    /** A fresh PKI for the Dinas of Blora whose kadis is the demo data's ({@value #DEMO_KADIS_NAME}). */
    public static DemoPki generateForDemoOffice() {
        return generate(DEFAULT_OFFICE, DEFAULT_LABEL, DEMO_KADIS_NAME);
    }

    /** {@code label} (at most 50 characters) names the CAs and the TSA, e.g. "Dukcapil Blora Root CA". */
    public static DemoPki generate(String office, String label, String signerName) {
        try {
            return new DemoPki(office, label, signerName);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Could not generate the demo PKI", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Issued root() {
        return root;
    }

    public Issued issuingCa() {
        return issuing;
    }

    public Issued kadis() {
        return kadis;
    }

    /** A signer whose certificate the issuing CA's CRL lists as revoked. */
    public Issued revokedSigner() {
        return revokedSigner;
    }

    public Issued tsa() {
        return tsa;
    }

    /** The kadis's certificate, the issuing CA and the root, in that order. */
    public List<X509Certificate> kadisChain() {
        return chain(kadis);
    }

    public List<X509Certificate> chain(Issued endEntity) {
        return List.of(endEntity.certificate(), issuing.certificate(), root.certificate());
    }

    /** The root's CRL (covering the issuing CA) and the issuing CA's (covering the signers and the TSA). */
    public List<X509CRL> crls() {
        return List.of(rootCrl, issuingCrl);
    }

    /** A timestamp authority on the TSA certificate, in process; serve it over HTTP with {@link TimestampAuthority#serve}. */
    public TimestampAuthority timestampAuthority() {
        return new TimestampAuthority(tsa.privateKey(), chain(tsa));
    }

    /** A PKCS#12 file of an end entity's key and chain, protected by {@code passphrase}. */
    public byte[] pkcs12(Issued endEntity, char[] passphrase) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signer", endEntity.privateKey(), passphrase,
                    chain(endEntity).toArray(X509Certificate[]::new));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, passphrase);
            return out.toByteArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not write a PKCS#12 file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code root-ca.pem} (the trust anchor), {@code issuing-ca.pem}, {@code kadis.p12},
     * {@code kadis.pem}, {@code tsa.p12}, {@code revoked.p12}, {@code root.crl} and
     * {@code issuing-ca.crl} (PEM) into {@code directory}; the PKCS#12 files under {@code passphrase}.
     */
    public void writeTo(Path directory, char[] passphrase) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("root-ca.pem"), Pem.certificate(root.certificate()));
        Files.writeString(directory.resolve("issuing-ca.pem"), Pem.certificate(issuing.certificate()));
        Files.writeString(directory.resolve("kadis.pem"), Pem.certificate(kadis.certificate()));
        Files.write(directory.resolve("kadis.p12"), pkcs12(kadis, passphrase));
        Files.write(directory.resolve("tsa.p12"), pkcs12(tsa, passphrase));
        Files.write(directory.resolve("revoked.p12"), pkcs12(revokedSigner, passphrase));
        Files.writeString(directory.resolve("root.crl"), Pem.crl(rootCrl));
        Files.writeString(directory.resolve("issuing-ca.crl"), Pem.crl(issuingCrl));
    }

    /**
     * Writes what the running server reads to sign as the kadis (its {@code LINTAS_TTE_DIR}),
     * creating the directories; files already there are replaced. The layout, on which the server
     * relies exactly:
     * <pre>
     * keys/&lt;kadisUsername&gt;.p12  the kadis's key and chain (alias "signer"), under {@code passphrase}
     * trust/root-ca.pem          the trust anchor (the server reads every *.pem in trust/)
     * crl/root.crl               the root's CRL, PEM (the server reads every *.crl in crl/)
     * crl/issuing-ca.crl         the issuing CA's CRL, PEM (lists the revoked former signer)
     * tsa/tsa.p12                the TSA's key and chain (alias "signer"), password {@value #TSA_SANDBOX_PASSWORD};
     *                            for the sandbox's timestamp authority ({@link TimestampAuthority#fromPkcs12})
     * </pre>
     * The key is the one {@link #kadis()} holds; give the PKI the kadis's name when generating it
     * ({@link #generateForDemoOffice()} for the demo data's {@code kadis}).
     *
     * @param kadisUsername the kadis's login name, e.g. {@code kadis}; letters, digits, '.', '_' and '-' only
     */
    public void writeTteDirectory(Path directory, String kadisUsername, char[] passphrase) throws IOException {
        if (kadisUsername == null || !kadisUsername.matches("[A-Za-z0-9._-]+") || kadisUsername.startsWith(".")) {
            throw new IllegalArgumentException("Not a user name for a file name: " + kadisUsername);
        }
        Path keys = Files.createDirectories(directory.resolve("keys"));
        Path trust = Files.createDirectories(directory.resolve("trust"));
        Path crl = Files.createDirectories(directory.resolve("crl"));
        Path tsaDirectory = Files.createDirectories(directory.resolve("tsa"));
        Files.write(keys.resolve(kadisUsername + ".p12"), pkcs12(kadis, passphrase));
        Files.writeString(trust.resolve("root-ca.pem"), Pem.certificate(root.certificate()));
        Files.writeString(crl.resolve("root.crl"), Pem.crl(rootCrl));
        Files.writeString(crl.resolve("issuing-ca.crl"), Pem.crl(issuingCrl));
        Files.write(tsaDirectory.resolve("tsa.p12"), pkcs12(tsa, TSA_SANDBOX_PASSWORD.toCharArray()));
    }

    private static X500Name name(String office, String commonName, String title) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "ID")
                .addRDN(BCStyle.ST, "Jawa Tengah").addRDN(BCStyle.L, "Blora").addRDN(BCStyle.O, office);
        if (title != null) {
            name.addRDN(BCStyle.T, title);
        }
        return name.addRDN(BCStyle.CN, commonName).build();
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, new SecureRandom());
        return generator.generateKeyPair();
    }

    private static Issued rootCa(X500Name subject, Instant from, Instant until)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        KeyPair keys = rsa();
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(), Date.from(from),
                Date.from(until), subject, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
        return new Issued(certificate(builder, keys.getPrivate()), keys);
    }

    private static Issued subCa(X500Name subject, Issued issuer, Instant from, Instant until)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        KeyPair keys = rsa();
        X509v3CertificateBuilder builder = issuedBy(issuer, subject, keys, from, until)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return new Issued(certificate(builder, issuer.privateKey()), keys);
    }

    private static Issued endEntity(X500Name subject, Issued issuer, Instant from, Instant until, boolean timestamping)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        KeyPair keys = rsa();
        X509v3CertificateBuilder builder = issuedBy(issuer, subject, keys, from, until)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        if (timestamping) {
            builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        }
        return new Issued(certificate(builder, issuer.privateKey()), keys);
    }

    private static X509v3CertificateBuilder issuedBy(Issued issuer, X500Name subject, KeyPair keys, Instant from, Instant until)
            throws GeneralSecurityException, IOException {
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        return new JcaX509v3CertificateBuilder(issuer.certificate(), serial(), Date.from(from), Date.from(until),
                subject, keys.getPublic())
                .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        utils.createAuthorityKeyIdentifier(issuer.certificate()));
    }

    private static X509CRL crl(Issued issuer, Instant now, BigInteger revoked)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(issuer.certificate(), Date.from(now.minus(Duration.ofHours(1))))
                .setNextUpdate(Date.from(now.plus(Duration.ofDays(30))))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate()))
                .addExtension(Extension.cRLNumber, false, new org.bouncycastle.asn1.x509.CRLNumber(serial()));
        if (revoked != null) {
            builder.addCRLEntry(revoked, Date.from(now.minus(Duration.ofMinutes(30))), CRLReason.superseded);
        }
        return new JcaX509CRLConverter().getCRL(builder.build(signer(issuer.privateKey())));
    }

    private static X509Certificate certificate(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws GeneralSecurityException, OperatorCreationException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer(issuerKey)));
    }

    private static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
        return new JcaContentSignerBuilder("SHA256withRSA").build(key);
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet()).shiftLeft(16).add(BigInteger.valueOf(new SecureRandom().nextInt(65536)));
    }
}

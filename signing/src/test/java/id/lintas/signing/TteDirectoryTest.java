package id.lintas.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.signing.testpki.DemoPki;
import id.lintas.signing.tsa.TimestampAuthority;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The directory the running server signs from ({@code LINTAS_TTE_DIR}): written, read back as the server and the sandbox do. */
class TteDirectoryTest {
    private static final char[] PASSPHRASE = "tte-demo".toCharArray();
    private static final Path DIRECTORY = Path.of("target", "tte-directory-test").toAbsolutePath();
    private static DemoPki pki;

    @BeforeAll
    static void write() throws Exception {
        pki = DemoPki.generateForDemoOffice();
        pki.writeTteDirectory(DIRECTORY, "kadis", PASSPHRASE);
    }

    @Test
    void holdsTheLayoutTheServerReads() throws Exception {
        try (Stream<Path> files = Files.walk(DIRECTORY)) {
            assertThat(files.filter(Files::isRegularFile).map(file -> DIRECTORY.relativize(file).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrder("keys/kadis.p12", "trust/root-ca.pem", "crl/root.crl", "crl/issuing-ca.crl",
                            "tsa/tsa.p12");
        }
        assertThat(Pem.readCertificates(DIRECTORY.resolve("trust/root-ca.pem"))).containsExactly(pki.root().certificate());
        assertThat(Pem.readCrls(DIRECTORY.resolve("crl/root.crl"))).hasSize(1);
        X509CRL issuing = Pem.readCrls(DIRECTORY.resolve("crl/issuing-ca.crl")).get(0);
        assertThat(issuing.isRevoked(pki.revokedSigner().certificate())).isTrue();
        assertThat(Files.readString(DIRECTORY.resolve("crl/issuing-ca.crl"))).startsWith("-----BEGIN X509 CRL-----");
    }

    @Test
    void theKadisKeyOpensWithThePassphraseAndChainsToTheTrustAnchorUnrevoked() throws Exception {
        try (SigningSession session = new Pkcs12KeySource(DIRECTORY.resolve("keys/kadis.p12"), "signer").open(PASSPHRASE.clone())) {
            X509Certificate certificate = session.certificate();
            X500Name subject = new X509CertificateHolder(certificate.getEncoded()).getSubject();
            assertThat(IETFUtils.valueToString(subject.getRDNs(BCStyle.CN)[0].getFirst().getValue())).isEqualTo("Hendro Wibowo");
            assertThat(IETFUtils.valueToString(subject.getRDNs(BCStyle.O)[0].getFirst().getValue()))
                    .isEqualTo("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora");
            assertThat(session.chain()).hasSize(3);
            assertValidPath(session.chain(), withCrls());
        }
        assertThatThrownBy(() -> new Pkcs12KeySource(DIRECTORY.resolve("keys/kadis.p12")).open("salah".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void theTsaLoadedFromItsFileStampsWithATokenThatVerifiesAgainstTheChain() throws Exception {
        TimestampAuthority tsa = TimestampAuthority.fromPkcs12(DIRECTORY.resolve("tsa/tsa.p12"),
                DemoPki.TSA_SANDBOX_PASSWORD.toCharArray());
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("kutipan akta".getBytes());
        TimeStampToken token = tsa.timestamp(digest);
        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(digest);
        X509CertificateHolder signer = (X509CertificateHolder) token.getCertificates().getMatches(token.getSID()).iterator().next();
        X509Certificate tsaCertificate = new JcaX509CertificateConverter().getCertificate(signer);
        assertThat(tsaCertificate).isEqualTo(pki.tsa().certificate());
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsaCertificate));
        List<X509Certificate> chain = new ArrayList<>();
        for (var holder : token.getCertificates().getMatches(null)) {
            chain.add(new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) holder));
        }
        chain.sort((a, b) -> a.equals(tsaCertificate) ? -1 : b.equals(tsaCertificate) ? 1
                : a.getBasicConstraints() - b.getBasicConstraints());
        assertValidPath(chain, withCrls());
    }

    @Test
    void theTsaRejectsAMalformedQueryAsBadDataFormat() {
        TimestampAuthority tsa = TimestampAuthority.fromPkcs12(DIRECTORY.resolve("tsa/tsa.p12"),
                DemoPki.TSA_SANDBOX_PASSWORD.toCharArray());
        for (byte[] garbage : List.of(new byte[0], new byte[] {1, 2, 3}, new byte[] {0x30, (byte) 0x80, 0, 0}, "{}".getBytes())) {
            TimeStampResponse response = parse(tsa.respond(garbage));
            assertThat(response.getStatus()).isEqualTo(2);
            assertThat(response.getFailInfo().intValue()).isEqualTo(PKIFailureInfo.badDataFormat);
            assertThat(response.getTimeStampToken()).isNull();
        }
        assertThatThrownBy(() -> TimestampAuthority.fromPkcs12(DIRECTORY.resolve("tsa/tsa.p12"), "salah".toCharArray()))
                .isInstanceOf(SigningException.class);
    }

    @Test
    void refusesAUserNameThatIsNoFileName() {
        assertThatThrownBy(() -> pki.writeTteDirectory(DIRECTORY, "../kadis", PASSPHRASE)).isInstanceOf(IllegalArgumentException.class);
    }

    private static TimeStampResponse parse(byte[] der) {
        try {
            return new TimeStampResponse(der);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<X509CRL> withCrls() throws Exception {
        List<X509CRL> crls = new ArrayList<>(Pem.readCrls(DIRECTORY.resolve("crl/root.crl")));
        crls.addAll(Pem.readCrls(DIRECTORY.resolve("crl/issuing-ca.crl")));
        return crls;
    }

    /** PKIX with revocation on, as the server checks a chain against {@code trust/} and {@code crl/}. */
    private static void assertValidPath(List<X509Certificate> chain, List<X509CRL> crls) throws Exception {
        X509Certificate anchor = Pem.readCertificates(DIRECTORY.resolve("trust/root-ca.pem")).get(0);
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
        parameters.setRevocationEnabled(true);
        parameters.addCertStore(java.security.cert.CertStore.getInstance("Collection",
                new java.security.cert.CollectionCertStoreParameters(crls)));
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(chain.subList(0, chain.size() - 1)), parameters);
    }
}

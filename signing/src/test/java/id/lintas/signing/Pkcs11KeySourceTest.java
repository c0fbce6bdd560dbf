package id.lintas.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.lintas.signing.verify.PadesVerifier;
import id.lintas.signing.verify.SignatureReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kadis's key on a PKCS#11 token: Debian's softhsm2, a fresh token in target/softhsm (surefire
 * points SOFTHSM2_CONF there), the key imported through SunPKCS11, then signing through
 * {@link Pkcs11KeySource} with the token's PIN as the passphrase.
 */
class Pkcs11KeySourceTest {
    private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private static final String PIN = "246810";
    private static Path configuration;
    private static long slot;

    @BeforeAll
    static void token() throws Exception {
        assumeTrue(Files.exists(LIBRARY) && Files.isExecutable(Path.of("/usr/bin/softhsm2-util")),
                "softhsm2 is not installed (apt-get install softhsm2; .ci/run installs it): PKCS#11 not tested");
        String conf = System.getenv("SOFTHSM2_CONF");
        assumeTrue(conf != null, "SOFTHSM2_CONF is not set: run the tests through Maven (surefire sets it)");
        Path directory = Path.of(conf).getParent();
        if (Files.exists(directory)) {
            try (Stream<Path> old = Files.walk(directory)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(directory.resolve("tokens"));
        Files.writeString(Path.of(conf), "directories.tokendir = " + directory.resolve("tokens") + "\n"
                + "objectstore.backend = file\nlog.level = ERROR\n");
        Process init = new ProcessBuilder("/usr/bin/softhsm2-util", "--init-token", "--free", "--label", "kadis",
                "--pin", PIN, "--so-pin", "13579111").redirectErrorStream(true).start();
        String said = new String(init.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(init.waitFor()).as(said).isZero();
        Matcher matcher = Pattern.compile("slot (\\d+)").matcher(said);
        assertThat(matcher.find()).as(said).isTrue();
        slot = Long.parseLong(matcher.group(1));
        configuration = directory.resolve("softhsm.cfg");
        Files.writeString(configuration, "name = SoftHSM\nlibrary = " + LIBRARY + "\n");

        // import the kadis's key and chain onto the token, as keytool -importkeystore -storetype PKCS11 would
        Provider provider = Security.getProvider("SunPKCS11").configure("--name = SoftHSMImport\nlibrary = " + LIBRARY
                + "\nslot = " + slot + "\n");
        KeyStore token = KeyStore.getInstance("PKCS11", provider);
        token.load(null, PIN.toCharArray());
        token.setKeyEntry("kadis", Fixtures.PKI.kadis().privateKey(), null,
                Fixtures.PKI.kadisChain().toArray(X509Certificate[]::new));
        ((java.security.AuthProvider) provider).logout();
    }

    @Test
    void signsWithTheKeyOnTheToken() throws Exception {
        Pkcs11KeySource source = new Pkcs11KeySource(configuration, slot, null);
        byte[] signed;
        try (SigningSession session = source.open(PIN.toCharArray())) {
            assertThat(session.certificate()).isEqualTo(Fixtures.PKI.kadis().certificate());
            signed = session.sign(Fixtures.letter("Nama: Budi"), SignatureRequest.at(PadesLevel.B_T, Fixtures.TSA_CLIENT,
                    null).withAppearance(Appearance.visible("https://lintas.example/verifikasi/hsm")));
        }
        Files.write(Fixtures.output("pkcs11.pdf"), signed);
        SignatureReport report = new PadesVerifier(List.of(Fixtures.PKI.root().certificate()), Fixtures.PKI.crls())
                .verify(signed).signatures().get(0);
        assertThat(report.problems()).isEmpty();
        assertThat(report.level()).isEqualTo(PadesLevel.B_T);
        assertThat(report.holds()).isTrue();
        assertThat(Fixtures.pdfsig(Fixtures.output("pkcs11.pdf"))).contains("Signature is Valid");
    }

    @Test
    void aWrongPinOpensNoSession() throws Exception {
        Pkcs11KeySource source = new Pkcs11KeySource(configuration, slot, null);
        assertThatThrownBy(() -> source.open("000000".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class).hasMessageContaining("Wrong passphrase");
    }

    @Test
    void whileASessionIsOpenAnotherNeedsTheSamePin() throws Exception {
        Pkcs11KeySource source = new Pkcs11KeySource(configuration, slot, null);
        try (SigningSession first = source.open(PIN.toCharArray())) {
            // the token is logged in now; SunPKCS11 alone would accept any PIN
            assertThatThrownBy(() -> source.open("000000".toCharArray())).isInstanceOf(WrongPassphraseException.class);
            try (SigningSession second = source.open(PIN.toCharArray())) {
                assertThat(second.certificate()).isEqualTo(first.certificate());
            }
            assertThat(first.sign(Fixtures.letter("x"), SignatureRequest.at(PadesLevel.B_B, null, null))).isNotEmpty();
        }
        assertThatThrownBy(() -> source.open("000000".toCharArray())).isInstanceOf(WrongPassphraseException.class);
    }
}

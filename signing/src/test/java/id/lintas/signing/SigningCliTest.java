package id.lintas.signing;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.signing.cli.SigningCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SigningCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String passphrase, String... args) {
        Map<String, String> environment = passphrase == null ? Map.of() : Map.of(SigningCli.PASSPHRASE_ENV, passphrase);
        return new SigningCli(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void signsAtBltaVisiblyAndVerifiesAgainstTheRootWithExitCodeZero() throws Exception {
        Path in = Fixtures.output("cli-in.pdf");
        Path signed = Fixtures.output("cli-signed.pdf");
        Files.write(in, Fixtures.letter("Nama: Budi"));
        int signing = run(new String(Fixtures.PASSPHRASE), "sign", "--in", in.toString(), "--out", signed.toString(),
                "--p12", Fixtures.KADIS_P12.toString(), "--level", "B-LTA", "--visible", "https://lintas.example/v/1",
                "--reason", "TTE akta", "--location", "Blora", "--tsa", Fixtures.TSA.url().toString(),
                "--crl", Fixtures.output("root.crl").toString(), "--crl", Fixtures.output("issuing-ca.crl").toString());
        assertThat(signing).as(err.toString(StandardCharsets.UTF_8)).isZero();

        int verifying = run(null, "verify", signed.toString(), "--trust", Fixtures.output("root-ca.pem").toString());
        assertThat(verifying).as(printed()).isZero();
        assertThat(printed()).contains("Signature 1 (Signature1): signature", "level:         PAdES B-LTA",
                "intact:        yes", "trusted:       yes", "timestamp:     valid",
                "Signature 2 (Signature2): document timestamp", "RESULT: all signatures hold");
    }

    @Test
    void verifyExitsNonZeroForAnUnknownAnchorAndForAChangedDocument() throws Exception {
        Path signed = Fixtures.output("cli-bb.pdf");
        Path crl = Fixtures.output("issuing-ca.crl");
        Files.write(in("cli-bb-in.pdf"), Fixtures.letter("Nama: Budi Santoso"));
        assertThat(run(new String(Fixtures.PASSPHRASE), "sign", "--in", Fixtures.output("cli-bb-in.pdf").toString(),
                "--out", signed.toString(), "--p12", Fixtures.KADIS_P12.toString())).isZero();
        String[] trustAll = {"--trust", Fixtures.output("root-ca.pem").toString(), "--crl", crl.toString(),
            "--crl", Fixtures.output("root.crl").toString()};
        assertThat(run(null, concat(new String[] {"verify", signed.toString()}, trustAll))).as(printed()).isZero();

        assertThat(run(null, "verify", signed.toString(), "--trust", Fixtures.output("issuing-ca.pem").toString()))
                .as("the issuing CA as anchor, but no CRL given").isEqualTo(1);
        assertThat(printed()).contains("trusted:       NO", "RESULT: NOT all signatures hold");

        Path forged = Fixtures.output("cli-forged.pdf");
        Files.write(forged, Fixtures.replaced(Files.readAllBytes(signed), "Budi Santoso", "Budi Sentosa"));
        out.reset();
        assertThat(run(null, concat(new String[] {"verify", forged.toString()}, trustAll))).isEqualTo(1);
        assertThat(printed()).contains("intact:        NO", "digest mismatch");
    }

    @Test
    void aWrongPassphraseWritesNoFile() throws Exception {
        Path target = Fixtures.output("cli-never.pdf");
        Files.deleteIfExists(target);
        Files.write(in("cli-wrong-in.pdf"), Fixtures.letter("Nama: Budi"));
        int code = run("bukan-ini", "sign", "--in", Fixtures.output("cli-wrong-in.pdf").toString(), "--out",
                target.toString(), "--p12", Fixtures.KADIS_P12.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Kata sandi salah").contains("nothing was signed");
        assertThat(target).doesNotExist();
    }

    @Test
    void wrongUsageExitsTwo() {
        assertThat(run(null, "sign", "--in", "x.pdf")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out is required", "usage:");
    }

    private static Path in(String name) {
        return Fixtures.output(name);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

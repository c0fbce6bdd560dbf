package id.lintas.signing.cli;

import id.lintas.signing.Appearance;
import id.lintas.signing.HttpTimestampClient;
import id.lintas.signing.KeySource;
import id.lintas.signing.PadesLevel;
import id.lintas.signing.Pem;
import id.lintas.signing.Pkcs11KeySource;
import id.lintas.signing.Pkcs12KeySource;
import id.lintas.signing.SignatureRequest;
import id.lintas.signing.SigningException;
import id.lintas.signing.SigningSession;
import id.lintas.signing.testpki.DemoPki;
import id.lintas.signing.tsa.TimestampAuthority;
import id.lintas.signing.verify.PadesVerifier;
import id.lintas.signing.verify.SignatureReport;
import id.lintas.signing.verify.VerificationReport;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The command line: {@code sign}, {@code verify}, {@code pki} (the demo PKI) and {@code tsa} (the
 * local timestamp authority over HTTP). Exit codes: 0 done (verify: every signature holds), 1
 * verify found a signature that does not hold or signing failed, 2 wrong usage or passphrase.
 */
public final class SigningCli {
    /** Where {@code sign}, {@code pki} and {@code tsa} read the passphrase, before asking on the console. */
    public static final String PASSPHRASE_ENV = "LINTAS_SIGNING_PASSPHRASE";

    private static final String USAGE = """
            usage:
              sign   --in IN.pdf --out OUT.pdf (--p12 KEY.p12 | --pkcs11 SUNPKCS11.cfg [--slot N]) [--alias A]
                     [--level B-B|B-T|B-LT|B-LTA] [--visible QR-PAYLOAD [--page N] | --invisible]
                     [--reason TEXT] [--location TEXT] [--tsa URL] [--crl FILE]...
              verify FILE.pdf [--trust ANCHOR.pem]... [--crl FILE]...
              pki    --out DIR            (the demo PKI: root CA, issuing CA, kadis, TSA, CRLs)
              tsa    --p12 TSA.p12 [--port 8095] [--host 127.0.0.1]   (RFC 3161 over HTTP)
            The passphrase (PKCS#12 password or token PIN) comes from $%s, else the console.
            """.formatted(PASSPHRASE_ENV);

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;

    public SigningCli(Map<String, String> environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new SigningCli(System.getenv(), System.out, System.err).run(args));
    }

    public int run(String[] args) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        try {
            Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
            return switch (args[0]) {
                case "sign" -> sign(options);
                case "verify" -> verify(options);
                case "pki" -> pki(options);
                case "tsa" -> tsa(options);
                default -> usage("unknown command " + args[0]);
            };
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        } catch (SigningException e) {
            err.println(e.getMessage());
            return e instanceof id.lintas.signing.WrongPassphraseException ? 2 : 1;
        } catch (IOException e) {
            err.println("I/O: " + e.getMessage());
            return 1;
        }
    }

    private int usage(String problem) {
        err.println(problem);
        err.print(USAGE);
        return 2;
    }

    private int sign(Options options) throws IOException {
        Path in = Path.of(options.required("in"));
        Path output = Path.of(options.required("out"));
        KeySource keys;
        if (options.has("p12")) {
            keys = new Pkcs12KeySource(Path.of(options.one("p12")), options.one("alias"));
        } else if (options.has("pkcs11")) {
            Long slot = options.has("slot") ? Long.valueOf(options.one("slot")) : null;
            keys = new Pkcs11KeySource(Path.of(options.one("pkcs11")), slot, options.one("alias"));
        } else {
            throw new IllegalArgumentException("sign needs --p12 or --pkcs11");
        }
        PadesLevel level = PadesLevel.parse(options.has("level") ? options.one("level") : "B-B");
        Appearance appearance = Appearance.invisible();
        if (options.has("visible")) {
            appearance = Appearance.visible(options.one("visible"))
                    .onPage(options.has("page") ? Integer.parseInt(options.one("page")) - 1 : -1);
        }
        List<X509CRL> crls = new ArrayList<>();
        for (String file : options.all("crl")) {
            crls.addAll(Pem.readCrls(Path.of(file)));
        }
        HttpTimestampClient tsa = options.has("tsa") ? new HttpTimestampClient(URI.create(options.one("tsa"))) : null;
        SignatureRequest request = new SignatureRequest(level, appearance, options.one("reason"), options.one("location"),
                null, tsa, crls);
        byte[] pdf = Files.readAllBytes(in);
        byte[] signed;
        try (SigningSession session = keys.open(passphrase("Passphrase for " + keys.describe() + ": "))) {
            signed = session.sign(pdf, request);
        }
        Files.write(output, signed);
        out.println("signed " + in + " -> " + output + " (PAdES " + level.label() + ", " + signed.length + " bytes)");
        return 0;
    }

    private int verify(Options options) throws IOException {
        if (options.positional().size() != 1) {
            throw new IllegalArgumentException("verify takes one PDF file");
        }
        List<X509Certificate> anchors = new ArrayList<>();
        for (String file : options.all("trust")) {
            anchors.addAll(Pem.readCertificates(Path.of(file)));
        }
        List<X509CRL> crls = new ArrayList<>();
        for (String file : options.all("crl")) {
            crls.addAll(Pem.readCrls(Path.of(file)));
        }
        Path file = Path.of(options.positional().get(0));
        VerificationReport report = new PadesVerifier(anchors, crls).verify(Files.readAllBytes(file));
        out.println(file + ": " + report.signatures().size() + " signature(s)");
        int number = 0;
        for (SignatureReport signature : report.signatures()) {
            number++;
            out.printf("Signature %d (%s): %s%n", number, signature.field(),
                    signature.kind() == SignatureReport.Kind.SIGNATURE ? "signature" : "document timestamp");
            out.println("  signer:        " + (signature.signer() == null ? "-" : signature.signer()));
            out.println("  signing time:  " + (signature.claimedTime() == null ? "-" : signature.claimedTime() + " (claimed, /M)")
                    + (signature.timestampTime() == null ? "" : "; timestamp " + signature.timestampTime()));
            out.println("  level:         " + (signature.kind() == SignatureReport.Kind.DOCUMENT_TIMESTAMP ? "document timestamp"
                    : signature.level() == null ? "not PAdES" : "PAdES " + signature.level().label()));
            out.println("  intact:        " + yes(signature.intact()));
            out.println("  coverage:      " + switch (signature.coverage()) {
                case WHOLE_DOCUMENT -> "whole document";
                case EXTENDED_BY_SIGNATURES -> "whole document but later signatures/timestamps/validation data";
                case MODIFIED_AFTER_SIGNING -> "NOT the whole document: modified after signing";
            });
            out.println("  trusted:       " + yes(signature.trusted()));
            out.println("  timestamp:     " + signature.timestamp().name().toLowerCase(java.util.Locale.ROOT));
            for (String problem : signature.problems()) {
                out.println("  problem:       " + problem);
            }
            out.println("  holds:         " + yes(signature.holds()));
        }
        out.println(report.allHold() ? "RESULT: all signatures hold" : "RESULT: NOT all signatures hold");
        return report.allHold() ? 0 : 1;
    }

    private int pki(Options options) throws IOException {
        Path directory = Path.of(options.required("out"));
        DemoPki.generate().writeTo(directory, passphrase("Passphrase for the demo PKCS#12 files: "));
        out.println("demo PKI written to " + directory + " (trust anchor: root-ca.pem)");
        return 0;
    }

    private int tsa(Options options) throws IOException {
        TimestampAuthority authority = TimestampAuthority.fromPkcs12(Path.of(options.required("p12")),
                passphrase("Passphrase for the TSA key: "));
        int port = options.has("port") ? Integer.parseInt(options.one("port")) : 8095;
        String host = options.has("host") ? options.one("host") : "127.0.0.1";
        TimestampAuthority.Server server = authority.serve(new InetSocketAddress(host, port));
        out.println("timestamp authority at " + server.url() + " (Ctrl-C stops it)");
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private char[] passphrase(String prompt) {
        String fromEnvironment = environment.get(PASSPHRASE_ENV);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("no passphrase: set " + PASSPHRASE_ENV + " or run on a console");
        }
        char[] typed = console.readPassword("%s", prompt);
        if (typed == null) {
            throw new IllegalArgumentException("no passphrase given");
        }
        return typed;
    }

    private static String yes(boolean value) {
        return value ? "yes" : "NO";
    }

    /** {@code --name value} pairs (repeatable), {@code --flag}s and positional arguments. */
    record Options(Map<String, List<String>> named, List<String> positional) {
        private static final List<String> FLAGS = List.of("invisible");

        static Options parse(String[] args) {
            Map<String, List<String>> named = new HashMap<>();
            List<String> positional = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i].startsWith("--")) {
                    String name = args[i].substring(2);
                    if (FLAGS.contains(name)) {
                        named.computeIfAbsent(name, n -> new ArrayList<>()).add("true");
                    } else if (i + 1 < args.length) {
                        named.computeIfAbsent(name, n -> new ArrayList<>()).add(args[++i]);
                    } else {
                        throw new IllegalArgumentException("--" + name + " needs a value");
                    }
                } else {
                    positional.add(args[i]);
                }
            }
            return new Options(named, positional);
        }

        boolean has(String name) {
            return named.containsKey(name);
        }

        String one(String name) {
            List<String> values = named.get(name);
            return values == null ? null : values.get(values.size() - 1);
        }

        String required(String name) {
            if (!has(name)) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return one(name);
        }

        List<String> all(String name) {
            return named.getOrDefault(name, List.of());
        }
    }
}

package id.lintas.infrastructure.tte;

import id.lintas.domain.model.document.DeedNumber;
import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.person.Sex;
import id.lintas.infrastructure.documents.BirthCertificate;
import id.lintas.infrastructure.documents.CivilDocuments;
import id.lintas.infrastructure.documents.CivilIssue;
import id.lintas.infrastructure.documents.Letter;
import id.lintas.signing.Appearance;
import id.lintas.signing.SignatureRequest;
import id.lintas.signing.SigningSession;
import id.lintas.signing.testpki.DemoPki;
import id.lintas.signing.tsa.TimestampAuthority;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.IntSupplier;

/**
 * The kadis's bulk signing as the workflow does it: a one-page Kutipan Akta Kelahiran rendered by
 * {@link CivilDocuments} (PDF/A-2b, fonts embedded, QR code), signed on one thread with the
 * {@link TteConfiguration} the server uses (the demo PKI's directory; PAdES B-T with the local
 * timestamp authority over HTTP on loopback, invisible as in the TTE inbox), next to B-B and the
 * raw RSA-2048 private-key rate of the same key in the same run. Not a test:
 * {@code mvn -B -pl gateway-ejb -am test -Ptte-benchmark} ({@code -Dbench.seconds=5},
 * {@code -Dbench.warmup=8}).
 */
public final class TteBenchmark {
    private static final char[] PASSPHRASE = "tte-demo".toCharArray();

    private TteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(System.getProperty("bench.seconds", "5"));
        Path dir = Files.createTempDirectory("lintas-tte-bench");
        DemoPki pki = DemoPki.generate();
        pki.writeTteDirectory(dir, "kadis", PASSPHRASE);
        byte[] akta = akta();
        System.out.printf("[bench] 1-page akta kelahiran: %,d bytes; load average %s%n", akta.length, loadAverage());
        try (TimestampAuthority.Server tsa = TimestampAuthority.fromPkcs12(dir.resolve("tsa/tsa.p12"), "tsa-sandbox".toCharArray())
                .serve(new InetSocketAddress("127.0.0.1", 0))) {
            TteConfiguration bt = TteConfiguration.of(dir.toString(), tsa.url().toString(), "B-T");
            TteConfiguration bb = TteConfiguration.of(dir.toString(), null, "B-B");
            try (SigningSession session = bt.keyOf("kadis").open(PASSPHRASE.clone())) {
                SignatureRequest workflowBt = bt.request("Tanda tangan elektronik (TTE) kepala dinas", null);
                SignatureRequest invisibleBb = bb.request("Tanda tangan elektronik (TTE) kepala dinas", null);
                SignatureRequest visibleBb = invisibleBb.withAppearance(Appearance.visible("https://lintas.example/verifikasi/x"));
                long warmUpEnd = System.nanoTime() + (long) (Double.parseDouble(System.getProperty("bench.warmup", "8")) * 1e9);
                while (System.nanoTime() < warmUpEnd) {
                    session.sign(akta, workflowBt);
                    session.sign(akta, invisibleBb);
                    session.sign(akta, visibleBb);
                }
                byte[] digestInput = new byte[32];
                java.security.PrivateKey key = pki.kadis().privateKey();
                Rate raw = rate(seconds, () -> {
                    try {
                        Signature signature = Signature.getInstance("SHA256withRSA");
                        signature.initSign(key);
                        signature.update(digestInput);
                        return signature.sign().length;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                Rate rbb = rate(seconds, () -> session.sign(akta, invisibleBb).length);
                Rate rbbVisible = rate(seconds, () -> session.sign(akta, visibleBb).length);
                Rate rbt = rate(seconds, () -> session.sign(akta, workflowBt).length);
                boolean holds = bt.verifier().verify(session.sign(akta, workflowBt)).allHold();
                System.out.println();
                System.out.println("| 1-page akta kelahiran, one thread | documents per second (wall) | per CPU-second | target"
                        + " | share of the raw key rate (CPU) |");
                System.out.println("|---|---|---|---|---|");
                row("raw RSA-2048 private-key operations", raw, raw, "");
                row("PAdES B-B, invisible", rbb, raw, "100");
                row("PAdES B-B, visible (QR + footer)", rbbVisible, raw, "100");
                row("PAdES B-T, invisible, local TSA over HTTP (as the TTE inbox signs)", rbt, raw, "50");
                System.out.println("a B-T akta signed in this run verifies against the office's trust anchor: " + holds);
            }
        }
    }

    private static byte[] akta() {
        CivilIssue issue = new CivilIssue("Kabupaten Blora", "Blora",
                new Letter.Signer("Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora", "Hendro Wibowo", null),
                ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneId.of("Asia/Jakarta")),
                URI.create("https://lintas.example/verifikasi/3c9e1f7a-2b4d-4f6e-8a1c-5d7b9e0f2a43"));
        return new CivilDocuments().birthCertificate(new BirthCertificate(issue, Nik.of("3316012311260001"),
                DeedNumber.of("3316-LU-02122026-0001"), "Muhammad Rizky Pratama", LocalDate.of(2026, 11, 23), "Blora", 2,
                Sex.MALE, "Budi Santoso", "Siti Aminah"));
    }

    private static void row(String what, Rate rate, Rate raw, String target) {
        System.out.printf("| %s | %.0f | %.0f | %s | %.0f %% |%n", what, rate.wall(), rate.cpu(), target, 100 * rate.cpu() / raw.cpu());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** Per second of wall time, and per second of the whole process's CPU time (this thread, the TSA's, GC, JIT). */
    private record Rate(double wall, double cpu) {
    }

    private static Rate rate(double seconds, IntSupplier work) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        int operations = 0;
        while (System.nanoTime() < end) {
            work.getAsInt();
            operations++;
        }
        return new Rate(operations / ((System.nanoTime() - start) / 1e9), operations / ((os.getProcessCpuTime() - cpuStart) / 1e9));
    }
}

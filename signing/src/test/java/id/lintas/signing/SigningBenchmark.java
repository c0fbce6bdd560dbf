package id.lintas.signing;

import id.lintas.signing.verify.PadesVerifier;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Bulk-signing throughput on one thread (one core) for a one-page letter, at B-B and at B-T with
 * the local TSA over HTTP on loopback, next to the raw RSA-2048 private-key operation rate
 * measured in the same run. Not a test: {@code mvn -B -pl signing test-compile exec:java}
 * ({@code -Dbench.seconds=5} per measurement, after {@code -Dbench.warmup=8} seconds of warm-up).
 */
public final class SigningBenchmark {
    private SigningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(System.getProperty("bench.seconds", "5"));
        byte[] letter = Fixtures.letter("Nama: Budi Santoso, lahir di Blora pada tanggal 23 November 2026");
        PrivateKey raw = Fixtures.PKI.kadis().privateKey();
        try (SigningSession session = new Pkcs12KeySource(Fixtures.KADIS_P12).open(Fixtures.PASSPHRASE)) {
            byte[] digestInput = new byte[32];
            Rate rsa = rate("raw RSA-2048 signature (SHA256withRSA)", seconds, () -> {
                try {
                    Signature signature = Signature.getInstance("SHA256withRSA");
                    signature.initSign(raw);
                    signature.update(digestInput);
                    return signature.sign().length;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            int[] counter = {0};
            SignatureRequest visibleBb = new SignatureRequest(PadesLevel.B_B,
                    Appearance.visible("https://lintas.blorakab.go.id/verifikasi/bench"), "TTE", "Blora", null, null, null);
            SignatureRequest invisibleBb = visibleBb.withAppearance(Appearance.invisible());
            SignatureRequest visibleBt = new SignatureRequest(PadesLevel.B_T, visibleBb.appearance(), "TTE", "Blora", null,
                    Fixtures.TSA_CLIENT, null);
            // let the JIT compile the whole signing path first (under load 2 s per measurement is not enough)
            long warmUpEnd = System.nanoTime() + (long) (Double.parseDouble(System.getProperty("bench.warmup", "8")) * 1e9);
            while (System.nanoTime() < warmUpEnd) {
                session.sign(letter, visibleBt);
                session.sign(letter, visibleBb);
                session.sign(letter, invisibleBb);
            }
            Rate bb = rate("PAdES B-B, visible (QR + footer)", seconds, () -> session.sign(letter,
                    visibleBb.withAppearance(Appearance.visible("https://lintas.blorakab.go.id/verifikasi/" + counter[0]++)))
                    .length);
            Rate bbInvisible = rate("PAdES B-B, invisible", seconds, () -> session.sign(letter, invisibleBb).length);
            Rate bt = rate("PAdES B-T, visible, local TSA over HTTP", seconds, () -> session.sign(letter, visibleBt).length);

            byte[] check = session.sign(letter, visibleBt);
            boolean holds = new PadesVerifier(List.of(Fixtures.PKI.root().certificate()), Fixtures.PKI.crls())
                    .verify(check).allHold();
            System.out.println();
            System.out.println("| what | per second (wall) | per CPU-second | target | share of the raw key rate (CPU) |");
            System.out.println("|---|---|---|---|---|");
            row("raw RSA-2048 private-key operations", rsa, rsa, "");
            row("PAdES B-B, visible (QR + footer), 1 page", bb, rsa, "100");
            row("PAdES B-B, invisible, 1 page", bbInvisible, rsa, "");
            row("PAdES B-T, visible, local TSA over HTTP (2 key operations per document)", bt, rsa, "50");
            System.out.println("a B-T document signed in this run verifies: " + holds);
            System.out.println("cores: " + Runtime.getRuntime().availableProcessors() + ", load average now: "
                    + loadAverage() + " (other processes on the machine skew these figures)");
        } finally {
            Fixtures.TSA.close();
        }
    }

    private static void row(String what, Rate rate, Rate raw, String target) {
        System.out.printf("| %s | %.0f | %.0f | %s | %.0f %% |%n", what, rate.wall(), rate.cpu(), target,
                100 * rate.cpu() / raw.cpu());
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** What one measurement gave: per second of wall time, and per second of the process's CPU time. */
    private record Rate(double wall, double cpu) {
    }

    /**
     * Warms up, then runs {@code work} on this thread for {@code seconds}; prints and returns the
     * operations per second of wall time and per second of CPU time used by the whole process (this
     * thread, the TSA's threads, GC and JIT): the latter is what one free core would do, whatever
     * else the machine runs.
     */
    private static Rate rate(String what, double seconds, IntSupplier work) {
        long warmUpEnd = System.nanoTime() + (long) (Math.min(2, seconds) * 1e9);
        while (System.nanoTime() < warmUpEnd) {
            work.getAsInt();
        }
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        int operations = 0;
        while (System.nanoTime() < end) {
            work.getAsInt();
            operations++;
        }
        double wall = operations / ((System.nanoTime() - start) / 1e9);
        double cpu = operations / ((os.getProcessCpuTime() - cpuStart) / 1e9);
        System.out.printf("%-42s %7.1f/s wall, %7.1f per CPU-second (%d in %.1f s, %.2f ms CPU each)%n", what, wall, cpu,
                operations, seconds, 1000 / cpu);
        return new Rate(wall, cpu);
    }
}

package id.lintas.devserver;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where a run's CPU went on this machine: Payara, PostgreSQL's processes, and this JVM (the load
 * generator and the sandboxes), from the operating system's account of each process.
 */
final class CpuTime {
    private final Map<String, Double> before;
    private final long startedAt = System.nanoTime();

    private CpuTime(Map<String, Double> before) {
        this.before = before;
    }

    static CpuTime start() {
        return new CpuTime(sample());
    }

    /**
     * The cores each process kept busy on average over the run ({@code Payara 1.52 cores, PostgreSQL
     * 0.31, generator and sandboxes 0.12}) and, on a second line, its CPU time divided by {@code items}
     * ({@code Payara 2.10 ms, ...} per report): the figure that depends least on what else the machine was doing.
     */
    String describe(long items, String item) {
        Map<String, Double> after = sample();
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        StringBuilder cores = new StringBuilder("CPU used (cores busy on average):");
        StringBuilder each = new StringBuilder("CPU time per " + item + ":");
        after.forEach((what, cpu) -> {
            double used = cpu - before.getOrDefault(what, 0.0);
            cores.append(String.format(" %s %.2f,", what, used / seconds));
            each.append(String.format(" %s %.2f ms,", what, 1000 * used / Math.max(1, items)));
        });
        return cores.substring(0, cores.length() - 1) + String.format(" of %d", Runtime.getRuntime().availableProcessors())
                + "\n[bench]   " + each.substring(0, each.length() - 1);
    }

    private static Map<String, Double> sample() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put("Payara", sum(command -> command.contains("ASMain")));
        cpu.put("PostgreSQL", sum(command -> command.contains("postgres")));
        cpu.put("generator and sandboxes", ProcessHandle.current().info().totalCpuDuration().map(CpuTime::seconds).orElse(0.0));
        return cpu;
    }

    private static double sum(Predicate<String> command) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().or(() -> p.info().command()).map(command::test).orElse(false))
                .mapToDouble(p -> p.info().totalCpuDuration().map(CpuTime::seconds).orElse(0.0)).sum();
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}

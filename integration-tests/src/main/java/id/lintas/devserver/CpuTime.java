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

    /** {@code Payara 1.52 cores, PostgreSQL 0.31, generator and sandboxes 0.12} over the run. */
    String describe() {
        Map<String, Double> after = sample();
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        StringBuilder text = new StringBuilder("CPU used (cores busy on average):");
        after.forEach((what, cpu) -> text.append(String.format(" %s %.2f,", what, (cpu - before.getOrDefault(what, 0.0)) / seconds)));
        return text.substring(0, text.length() - 1) + String.format(" of %d", Runtime.getRuntime().availableProcessors());
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

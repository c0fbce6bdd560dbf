package id.lintas.application.hospital;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How many reports this instance accepted in the current and the previous second: during a
 * burst (a hospital system sending its backlog after an outage, say) accepting reports comes
 * first and opening their cases waits ({@link BirthReportProcessor} opens only a few a second
 * meanwhile, and the backlog once the burst is over). A hospital system waits for each answer,
 * a case a few minutes more does not matter. Counts only this instance's arrivals: each instance
 * of a deployment group eases off when its own intake is busy; nothing here must be shared.
 */
@ApplicationScoped
public class IntakeLoad {
    /** From this many reports a second on, the intake is busy. */
    public static final int BUSY_PER_SECOND = 10;

    private long second;
    private int inSecond;
    private int inPreviousSecond;

    /** A report was accepted just now. */
    public synchronized void accepted() {
        roll(now());
        inSecond++;
    }

    /** Whether reports arrive at {@value #BUSY_PER_SECOND} a second or more now. */
    public synchronized boolean busy() {
        roll(now());
        return Math.max(inSecond, inPreviousSecond) >= BUSY_PER_SECOND;
    }

    private void roll(long now) {
        if (now != second) {
            inPreviousSecond = now == second + 1 ? inSecond : 0;
            inSecond = 0;
            second = now;
        }
    }

    private static long now() {
        return System.nanoTime() / 1_000_000_000L;
    }
}

package org.roguewatch.cli;

import java.io.PrintStream;
import org.roguewatch.probe.ReplayProgress;

/** Shows packets read and the rate on one self-overwriting stderr line, at most a few times a second. */
final class ProgressPrinter implements ReplayProgress {
    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintStream err;
    private final long start = System.nanoTime();
    private long lastPrint;
    private long totalBefore;

    ProgressPrinter(PrintStream err) {
        this.err = err;
    }

    @Override
    public void update(String source, long packets, boolean done) {
        long now = System.nanoTime();
        if (done) {
            totalBefore += packets;
            err.printf("\r  %s: %,d packets%s%n", source, packets, " ".repeat(24));
            return;
        }
        if (now - lastPrint < INTERVAL_NANOS) {
            return;
        }
        lastPrint = now;
        double seconds = (now - start) / 1e9;
        err.printf("\r  %s: %,d packets (%,.0f packets/s)", source, packets, (totalBefore + packets) / seconds);
    }
}

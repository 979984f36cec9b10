package org.roguewatch.spectrum.bridge;

import java.util.concurrent.atomic.AtomicLong;

/** Running totals of one bridge, safe to read from any thread. */
public final class BridgeCounters {
    final AtomicLong runs = new AtomicLong();
    final AtomicLong rows = new AtomicLong();
    final AtomicLong malformedLines = new AtomicLong();
    final AtomicLong noDevice = new AtomicLong();
    final AtomicLong deviceUnavailable = new AtomicLong();
    final AtomicLong notStarted = new AtomicLong();
    final AtomicLong exited = new AtomicLong();

    /** Processes started. */
    public long runs() {
        return runs.get();
    }

    /** Rows delivered to the consumer. */
    public long rows() {
        return rows.get();
    }

    /** Stdout lines that were not valid CSV rows. */
    public long malformedLines() {
        return malformedLines.get();
    }

    /** Runs that ended because the tool found no radio. */
    public long noDevice() {
        return noDevice.get();
    }

    public long deviceUnavailable() {
        return deviceUnavailable.get();
    }

    /** Attempts where the program could not be started. */
    public long notStarted() {
        return notStarted.get();
    }

    /** Runs that ended for any other reason. */
    public long exited() {
        return exited.get();
    }

    void count(BridgeState state) {
        switch (state) {
            case NO_DEVICE -> noDevice.incrementAndGet();
            case DEVICE_UNAVAILABLE -> deviceUnavailable.incrementAndGet();
            case NOT_STARTED -> notStarted.incrementAndGet();
            case EXITED -> exited.incrementAndGet();
            default -> {
            }
        }
    }

    @Override
    public String toString() {
        return "runs " + runs() + ", rows " + rows() + ", malformed lines " + malformedLines() + ", no device "
                + noDevice() + ", device unavailable " + deviceUnavailable() + ", not started " + notStarted()
                + ", other exits " + exited();
    }
}

package org.roguewatch.ingest;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.observe.CellObservation;

/**
 * The detection stage of the fleet tests: records which observations arrived (each synthetic
 * observation's channel is its number within its probe) and counts any that arrive twice.
 */
final class CollectingSink implements ObservationSink {
    private final Map<String, BitSet> seen = new HashMap<>();
    private long distinct;
    private long twice;
    private long batches;
    private final Map<String, Long> maxSequence = new HashMap<>();

    @Override
    public synchronized void accept(String probeId, long sequence, List<CellObservation> observations) {
        BitSet bits = seen.computeIfAbsent(probeId, id -> new BitSet());
        for (CellObservation observation : observations) {
            if (bits.get(observation.channel())) {
                twice++;
            } else {
                bits.set(observation.channel());
                distinct++;
            }
        }
        batches++;
        maxSequence.merge(probeId, sequence, Math::max);
        notifyAll();
    }

    synchronized long distinct() {
        return distinct;
    }

    synchronized long twice() {
        return twice;
    }

    synchronized long batches() {
        return batches;
    }

    synchronized long maxSequenceOf(String probeId) {
        return maxSequence.getOrDefault(probeId, 0L);
    }

    synchronized int distinctOf(String probeId) {
        BitSet bits = seen.get(probeId);
        return bits == null ? 0 : bits.cardinality();
    }

    /** Waits until at least {@code count} distinct observations arrived or the deadline passes. */
    synchronized boolean awaitDistinct(long count, long deadlineNanos) throws InterruptedException {
        while (distinct < count) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}

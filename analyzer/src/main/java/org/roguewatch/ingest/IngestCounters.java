package org.roguewatch.ingest;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** The server's counters, shared by all sessions. */
final class IngestCounters {
    final LongAdder batches = new LongAdder();
    final LongAdder observations = new LongAdder();
    final LongAdder duplicates = new LongAdder();
    final LongAdder sessions = new LongAdder();
    final LongAdder unreadBatches = new LongAdder();
    final LongAdder malformedBatches = new LongAdder();
    private final Map<String, LongAdder> closed = new ConcurrentHashMap<>();

    void closed(String reason) {
        closed.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    IngestStats snapshot() {
        TreeMap<String, Long> reasons = new TreeMap<>();
        closed.forEach((reason, count) -> reasons.put(reason, count.sum()));
        return new IngestStats(batches.sum(), observations.sum(), duplicates.sum(), sessions.sum(),
                unreadBatches.sum(), malformedBatches.sum(), reasons);
    }
}

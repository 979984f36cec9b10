package org.roguewatch.probe;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.decode.MalformedSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts everything that passes through ingest so nothing is dropped silently: packets read,
 * GSMTAP frames by payload type, messages by name, frames that completed no message by why, and
 * malformed input by reason. The first malformed frame of each reason is logged once with its
 * location; later ones are only counted.
 */
public final class FrameCounters implements MalformedSink {
    private static final Logger LOG = LoggerFactory.getLogger(FrameCounters.class);

    private final LongAdder packets = new LongAdder();
    private final LongAdder gsmtapFrames = new LongAdder();
    private final Map<String, LongAdder> gsmtapTypes = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> messages = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> withoutMessage = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> notGsmtap = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> malformed = new ConcurrentHashMap<>();
    private final Map<String, FrameRef> firstMalformed = new ConcurrentHashMap<>();

    public void packet() {
        packets.increment();
    }

    public void gsmtapFrame(String typeName) {
        gsmtapFrames.increment();
        count(gsmtapTypes, typeName);
    }

    public void message(String name) {
        count(messages, name);
    }

    public void withoutMessage(String what) {
        count(withoutMessage, what);
    }

    public void notGsmtap(String what) {
        count(notGsmtap, what);
    }

    @Override
    public void malformed(String reason, FrameRef where, String detail) {
        count(malformed, reason);
        if (firstMalformed.putIfAbsent(reason, where) == null) {
            LOG.warn("malformed input ({}) at {}: {} — further frames with this reason are counted, not logged",
                    reason, where, detail);
        }
    }

    public long packets() {
        return packets.sum();
    }

    public long gsmtapFrames() {
        return gsmtapFrames.sum();
    }

    public SortedMap<String, Long> gsmtapTypes() {
        return snapshot(gsmtapTypes);
    }

    public SortedMap<String, Long> messages() {
        return snapshot(messages);
    }

    public SortedMap<String, Long> withoutMessage() {
        return snapshot(withoutMessage);
    }

    public SortedMap<String, Long> notGsmtap() {
        return snapshot(notGsmtap);
    }

    public SortedMap<String, Long> malformed() {
        return snapshot(malformed);
    }

    /** Where each malformed reason was first seen. */
    public SortedMap<String, FrameRef> firstMalformed() {
        return new TreeMap<>(firstMalformed);
    }

    public long malformedTotal() {
        return malformed.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long messageTotal() {
        return messages.values().stream().mapToLong(LongAdder::sum).sum();
    }

    private static void count(Map<String, LongAdder> counts, String key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private static SortedMap<String, Long> snapshot(Map<String, LongAdder> counts) {
        TreeMap<String, Long> out = new TreeMap<>();
        counts.forEach((key, value) -> out.put(key, value.sum()));
        return out;
    }
}

package org.roguewatch.observe;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.gsm.GsmMessage;
import org.roguewatch.gsmtap.GsmtapHeader;

/** Accumulates one GSM cell's observation at one probe. Not thread-safe. */
final class GsmCellBuilder {
    private final String probeId;
    private final int arfcn;
    private final Map<CellField<?>, FieldTracker<?>> trackers = new HashMap<>();
    private final Map<String, long[]> messages = new HashMap<>();
    private Instant firstSeen;
    private Instant lastSeen;
    private long signalSamples;
    private int minDbm = Integer.MAX_VALUE;
    private int maxDbm = Integer.MIN_VALUE;
    private long sumDbm;
    private long sumSnr;
    private int lastDbm;
    private FrameRef strongest;
    private final TransactionTracker transactions = new TransactionTracker();

    GsmCellBuilder(String probeId, int arfcn) {
        this.probeId = probeId;
        this.arfcn = arfcn;
    }

    void frame(FrameRef ref, int signalDbm, int snrDb) {
        Instant time = ref.time();
        if (time != null) {
            if (firstSeen == null || time.isBefore(firstSeen)) {
                firstSeen = time;
            }
            if (lastSeen == null || time.isAfter(lastSeen)) {
                lastSeen = time;
            }
        }
        signalSamples++;
        minDbm = Math.min(minDbm, signalDbm);
        if (signalDbm > maxDbm) {
            maxDbm = signalDbm;
            strongest = ref;
        }
        sumDbm += signalDbm;
        sumSnr += snrDb;
        lastDbm = signalDbm;
    }

    void message(String name) {
        messages.computeIfAbsent(name, k -> new long[1])[0]++;
    }

    void dedicated(FrameRef ref, GsmtapHeader header, GsmMessage message) {
        transactions.accept(ref, header, message);
    }

    @SuppressWarnings("unchecked")
    <T> void see(CellField<T> field, T value, FrameRef where) {
        if (value == null) {
            return;
        }
        ((FieldTracker<T>) trackers.computeIfAbsent(field, f -> new FieldTracker<T>())).see(value, where);
    }

    CellObservation build() {
        Map<CellField<?>, FieldHistory<?>> fields = new LinkedHashMap<>();
        for (CellField<?> field : GsmFields.ALL) {
            FieldTracker<?> tracker = trackers.get(field);
            if (tracker != null) {
                fields.put(field, tracker.snapshot());
            }
        }
        TreeMap<String, Long> counts = new TreeMap<>();
        messages.forEach((name, count) -> counts.put(name, count[0]));
        SignalSummary signal = signalSamples == 0 ? SignalSummary.NONE
                : new SignalSummary(signalSamples, minDbm, maxDbm, (double) sumDbm / signalSamples, lastDbm,
                        (double) sumSnr / signalSamples, strongest);
        return new CellObservation(probeId, Radio.GSM, arfcn, firstSeen, lastSeen, fields, counts, signal,
                transactions.transactions());
    }
}

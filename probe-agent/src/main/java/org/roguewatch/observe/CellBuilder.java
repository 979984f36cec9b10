package org.roguewatch.observe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.gsm.GsmMessage;
import org.roguewatch.gsmtap.GsmtapHeader;

/** Accumulates one cell's observation at one probe, GSM or LTE. Not thread-safe. */
final class CellBuilder {
    private final String probeId;
    private final Radio radio;
    private final int channel;
    private final List<CellField<?>> order;
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
    private final java.util.ArrayDeque<LevelWindow> windows = new java.util.ArrayDeque<>();
    private long windowStartSecond = Long.MIN_VALUE;
    private FrameRef windowFirst;
    private int windowFirstDbm;
    private long windowSum;
    private long windowSamples;
    private final TransactionTracker transactions = new TransactionTracker();
    private final List<DedicatedTransaction> extraTransactions = new ArrayList<>();

    CellBuilder(String probeId, Radio radio, int channel) {
        this.probeId = probeId;
        this.radio = radio;
        this.channel = channel;
        this.order = radio == Radio.LTE ? LteFields.ALL : GsmFields.ALL;
    }

    void frame(FrameRef ref, int signalDbm, int snrDb) {
        frame(ref);
        // GSMTAP producers that measure nothing (LTESniffer, gr-gsm file decoders) leave signal and
        // SNR at 0: a real 0 dBm carrier would saturate the receiver, so 0/0 means "no level".
        if (signalDbm == 0 && snrDb == 0) {
            return;
        }
        level(ref, signalDbm, snrDb);
    }

    private void frame(FrameRef ref) {
        Instant time = ref.time();
        if (time != null) {
            if (firstSeen == null || time.isBefore(firstSeen)) {
                firstSeen = time;
            }
            if (lastSeen == null || time.isAfter(lastSeen)) {
                lastSeen = time;
            }
        }
    }

    private void level(FrameRef ref, int signalDbm, int snrDb) {
        window(ref, signalDbm);
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

    private void window(FrameRef ref, int signalDbm) {
        if (ref.time() == null) {
            return;
        }
        long second = ref.time().getEpochSecond();
        if (windowFirst == null || second - windowStartSecond >= LevelWindow.SECONDS || second < windowStartSecond) {
            closeWindow();
            windowStartSecond = second;
            windowFirst = ref;
            windowFirstDbm = signalDbm;
        }
        windowSum += signalDbm;
        windowSamples++;
    }

    private void closeWindow() {
        if (windowSamples > 0) {
            if (windows.size() == SignalSummary.MAX_WINDOWS) {
                windows.removeFirst();
            }
            windows.addLast(new LevelWindow(windowFirst, windowFirstDbm, (double) windowSum / windowSamples,
                    windowSamples));
        }
        windowSum = 0;
        windowSamples = 0;
    }

    void message(String name) {
        messages.computeIfAbsent(name, k -> new long[1])[0]++;
    }

    void dedicated(FrameRef ref, GsmtapHeader header, GsmMessage message) {
        transactions.accept(ref, header, message);
    }

    /** Transactions cut by a radio-specific tracker (LTE RRC connections), replacing any given before. */
    void replaceTransactions(List<DedicatedTransaction> transactions) {
        extraTransactions.clear();
        extraTransactions.addAll(transactions);
    }

    /** The earliest frame time given so far, or null. */
    Instant firstSeen() {
        return firstSeen;
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
        for (CellField<?> field : order) {
            FieldTracker<?> tracker = trackers.get(field);
            if (tracker != null) {
                fields.put(field, tracker.snapshot());
            }
        }
        TreeMap<String, Long> counts = new TreeMap<>();
        messages.forEach((name, count) -> counts.put(name, count[0]));
        List<LevelWindow> levels = new ArrayList<>(windows);
        if (windowSamples > 0) {
            levels.add(new LevelWindow(windowFirst, windowFirstDbm, (double) windowSum / windowSamples, windowSamples));
        }
        SignalSummary signal = signalSamples == 0 ? SignalSummary.NONE
                : new SignalSummary(signalSamples, minDbm, maxDbm, (double) sumDbm / signalSamples, lastDbm,
                        (double) sumSnr / signalSamples, strongest, levels);
        List<DedicatedTransaction> all = new ArrayList<>(transactions.transactions());
        all.addAll(extraTransactions);
        return new CellObservation(probeId, radio, channel, firstSeen, lastSeen, fields, counts, signal, all);
    }
}

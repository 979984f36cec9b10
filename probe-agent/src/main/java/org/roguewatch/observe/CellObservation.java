package org.roguewatch.observe;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one probe learned about one cell (one ARFCN/EARFCN) from everything it decoded there:
 * identity, broadcast parameters with the frames that carried them, the messages seen, and the
 * received level.
 *
 * @param probeId  the probe that heard it
 * @param radio    GSM or LTE
 * @param channel  ARFCN (GSM) or EARFCN (LTE)
 * @param firstSeen capture time of the first frame on the channel
 * @param lastSeen  capture time of the last frame on the channel
 * @param fields   every parameter heard, in report order
 * @param messages count of messages by name
 * @param signal   received level statistics
 * @param transactions what happened on the cell's dedicated channels, in capture order
 */
public final class CellObservation {
    private final String probeId;
    private final Radio radio;
    private final int channel;
    private final Instant firstSeen;
    private final Instant lastSeen;
    private final Map<CellField<?>, FieldHistory<?>> fields;
    private final SortedMap<String, Long> messages;
    private final SignalSummary signal;
    private final List<DedicatedTransaction> transactions;
    /** The same histories by {@link CellField#index()}: detectors read fields millions of times a second. */
    private final FieldHistory<?>[] byIndex;
    private final Map<String, Long> messageIndex;
    private final CellIdentity identity;

    static {
        // Create every field before any observation sizes its array by CellField.count().
        java.util.Objects.requireNonNull(GsmFields.ALL);
        java.util.Objects.requireNonNull(LteFields.ALL);
    }

    public CellObservation(String probeId, Radio radio, int channel, Instant firstSeen, Instant lastSeen,
                           Map<CellField<?>, FieldHistory<?>> fields, SortedMap<String, Long> messages,
                           SignalSummary signal, List<DedicatedTransaction> transactions) {
        this.probeId = probeId;
        this.radio = radio;
        this.channel = channel;
        this.firstSeen = firstSeen;
        this.lastSeen = lastSeen;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.messages = Collections.unmodifiableSortedMap(new TreeMap<>(messages));
        this.signal = signal;
        this.transactions = List.copyOf(transactions);
        this.byIndex = new FieldHistory<?>[CellField.count()];
        fields.forEach((field, history) -> byIndex[field.index()] = history);
        this.messageIndex = new HashMap<>(messages);
        this.identity = radio == Radio.LTE
                ? new CellIdentity(latest(LteFields.MCC), latest(LteFields.MNC), latest(LteFields.TAC), latest(LteFields.ECI))
                : new CellIdentity(latest(GsmFields.MCC), latest(GsmFields.MNC), latest(GsmFields.LAC),
                        latest(GsmFields.CI));
    }

    /** An observation of broadcasts only (no dedicated-channel traffic heard). */
    public CellObservation(String probeId, Radio radio, int channel, Instant firstSeen, Instant lastSeen,
                           Map<CellField<?>, FieldHistory<?>> fields, SortedMap<String, Long> messages,
                           SignalSummary signal) {
        this(probeId, radio, channel, firstSeen, lastSeen, fields, messages, signal, List.of());
    }

    public String probeId() {
        return probeId;
    }

    public Radio radio() {
        return radio;
    }

    public int channel() {
        return channel;
    }

    public Instant firstSeen() {
        return firstSeen;
    }

    public Instant lastSeen() {
        return lastSeen;
    }

    public Map<CellField<?>, FieldHistory<?>> fields() {
        return fields;
    }

    public SortedMap<String, Long> messages() {
        return messages;
    }

    public SignalSummary signal() {
        return signal;
    }

    public List<DedicatedTransaction> transactions() {
        return transactions;
    }

    @SuppressWarnings("unchecked")
    public <T> FieldHistory<T> history(CellField<T> field) {
        int index = field.index();
        return index < byIndex.length ? (FieldHistory<T>) byIndex[index] : null;
    }

    /** The last value heard for the field, or null if it was never heard. */
    public <T> T latest(CellField<T> field) {
        FieldHistory<T> history = history(field);
        return history == null ? null : history.latest();
    }

    public CellIdentity identity() {
        return identity;
    }

    public long messageCount(String name) {
        Long count = messageIndex.get(name);
        return count == null ? 0 : count;
    }

    @Override
    public String toString() {
        return "CellObservation[" + probeId + " " + radio + " " + channel + " " + identity + "]";
    }
}

package org.roguewatch.observe;

import java.time.Instant;
import java.util.Collections;
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
public record CellObservation(String probeId, Radio radio, int channel, Instant firstSeen, Instant lastSeen,
                              Map<CellField<?>, FieldHistory<?>> fields, SortedMap<String, Long> messages,
                              SignalSummary signal, List<DedicatedTransaction> transactions) {

    public CellObservation {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        messages = Collections.unmodifiableSortedMap(new TreeMap<>(messages));
        transactions = List.copyOf(transactions);
    }

    /** An observation of broadcasts only (no dedicated-channel traffic heard). */
    public CellObservation(String probeId, Radio radio, int channel, Instant firstSeen, Instant lastSeen,
                           Map<CellField<?>, FieldHistory<?>> fields, SortedMap<String, Long> messages,
                           SignalSummary signal) {
        this(probeId, radio, channel, firstSeen, lastSeen, fields, messages, signal, List.of());
    }

    @SuppressWarnings("unchecked")
    public <T> FieldHistory<T> history(CellField<T> field) {
        return (FieldHistory<T>) fields.get(field);
    }

    /** The last value heard for the field, or null if it was never heard. */
    public <T> T latest(CellField<T> field) {
        FieldHistory<T> history = history(field);
        return history == null ? null : history.latest();
    }

    public CellIdentity identity() {
        return new CellIdentity(latest(GsmFields.MCC), latest(GsmFields.MNC), latest(GsmFields.LAC),
                latest(GsmFields.CI));
    }

    public long messageCount(String name) {
        return messages.getOrDefault(name, 0L);
    }
}

package org.roguewatch.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.observe.CellField;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.FieldHistory;
import org.roguewatch.observe.GsmFields;
import org.roguewatch.observe.Radio;
import org.roguewatch.observe.Sighting;
import org.roguewatch.observe.SignalSummary;

/**
 * Small observations numbered within their probe (the number is the channel), the load of the
 * fleet tests and the uplink benchmark: one identity field with its frame reference, so each still
 * exercises the field-history codec.
 */
public final class SyntheticObservations {
    private static final Instant START = Instant.parse("2026-11-24T08:00:00Z");

    private SyntheticObservations() {
    }

    public static CellObservation observation(String probeId, int number) {
        Instant time = START.plusMillis(number);
        FrameRef ref = new FrameRef("live:" + probeId, number + 1L, time);
        Map<CellField<?>, FieldHistory<?>> fields = new LinkedHashMap<>();
        fields.put(GsmFields.MCC, new FieldHistory<>(List.of(new Sighting<>("262", ref, ref, 1)), "262"));
        return new CellObservation(probeId, Radio.GSM, number, time, time, fields, new TreeMap<>(),
                SignalSummary.NONE);
    }

    /** Observations {@code from} (inclusive) to {@code to} (exclusive). */
    public static List<CellObservation> batch(String probeId, int from, int to) {
        List<CellObservation> batch = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            batch.add(observation(probeId, i));
        }
        return batch;
    }
}

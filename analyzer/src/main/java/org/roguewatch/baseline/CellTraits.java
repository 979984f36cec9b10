package org.roguewatch.baseline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.roguewatch.gsm.rr.RrMessageNames;
import org.roguewatch.observe.ArfcnList;
import org.roguewatch.observe.CellField;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.FieldHistory;
import org.roguewatch.observe.GsmFields;
import org.roguewatch.observe.Radio;
import org.roguewatch.observe.Sighting;

/**
 * What one cell was heard to broadcast, merged over every observation of it (several probes,
 * several captures). Not thread-safe.
 */
final class CellTraits {
    /** TS 44.018 Table 10.4.1: message type 0x00 is System Information Type 13. */
    static final String SI13 = RrMessageNames.name(0x00);

    final Set<String> messages = new HashSet<>();
    final Map<CellField<?>, Set<Object>> values = new HashMap<>();
    final Set<Integer> neighbourCounts = new HashSet<>();
    boolean gprsHeard;
    boolean gprsOffered;

    void add(CellObservation observation) {
        observation.messages().forEach((name, count) -> {
            if (count > 0) {
                messages.add(name);
            }
        });
        for (CellField<?> field : TrackedFields.of(observation.radio())) {
            FieldHistory<?> history = observation.history(field);
            if (history != null) {
                Set<Object> seen = values.computeIfAbsent(field, f -> new HashSet<>());
                for (Sighting<?> sighting : history.sightings()) {
                    seen.add(sighting.value());
                }
            }
        }
        if (observation.radio() == Radio.GSM) {
            addGsm(observation);
        }
    }

    private void addGsm(CellObservation observation) {
        FieldHistory<ArfcnList> neighbours = observation.history(GsmFields.NEIGHBOURS);
        if (neighbours != null) {
            neighbours.sightings().forEach(sighting -> neighbourCounts.add(sighting.value().size()));
        }
        // The SI3/SI4 rest octets carry a GPRS Indicator only when the cell supports GPRS
        // (TS 44.018 10.5.2.34/35), and only such a cell needs SI13 for its GPRS parameters (9.1.43a).
        FieldHistory<Boolean> indicator = observation.history(GsmFields.GPRS_INDICATOR);
        if (indicator != null) {
            gprsHeard = true;
            gprsOffered |= indicator.sightings().stream().anyMatch(Sighting::value);
        }
        if (observation.messageCount(SI13) > 0) {
            gprsHeard = true;
            gprsOffered = true;
        }
    }
}

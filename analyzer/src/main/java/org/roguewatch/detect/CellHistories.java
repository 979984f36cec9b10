package org.roguewatch.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.observe.CellIdentity;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.Radio;

/** Groups observations from all probes into cells: same radio, channel and identity. */
public final class CellHistories {
    private record CellKey(Radio radio, int channel, CellIdentity identity) {
    }

    private CellHistories() {
    }

    public static List<CellHistory> group(List<CellObservation> observations) {
        Map<CellKey, List<CellObservation>> cells = new LinkedHashMap<>();
        for (CellObservation observation : observations) {
            cells.computeIfAbsent(new CellKey(observation.radio(), observation.channel(), observation.identity()),
                    k -> new ArrayList<>()).add(observation);
        }
        List<CellHistory> out = new ArrayList<>(cells.size());
        for (List<CellObservation> group : cells.values()) {
            out.add(new CellHistory(group));
        }
        return out;
    }
}

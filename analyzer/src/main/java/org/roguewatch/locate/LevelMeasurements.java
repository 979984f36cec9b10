package org.roguewatch.locate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.LevelWindow;

/**
 * A target cell's levels as measurements for the locator, corrected by each probe's calibrated
 * offset: over the whole capture (one per fixed probe, one per minute for a moving probe), and
 * minute by minute for tracking a moving emitter.
 */
final class LevelMeasurements {
    private LevelMeasurements() {
    }

    /** A probe of the target missing from the roster. */
    record Unplaced(String probeId) {
    }

    static List<Measurement> whole(List<CellObservation> observations, ProbePositions probes,
                                   PathLossCalibration calibration) {
        List<Measurement> out = new ArrayList<>();
        for (CellObservation observation : observations) {
            if (observation.signal().samples() == 0) {
                continue;
            }
            String probe = observation.probeId();
            double offset = calibration.offsetDb(probe);
            if (probes.moving(probe)) {
                for (LevelWindow window : observation.signal().windows()) {
                    double[] at = probes.at(probe, window.first().time());
                    out.add(new Measurement(probe + "@" + window.first().time(), at[0], at[1],
                            window.meanDbm() + offset, window.samples()));
                }
            } else {
                double[] at = probes.at(probe, null);
                out.add(new Measurement(probe, at[0], at[1], observation.signal().meanDbm() + offset,
                        observation.signal().samples()));
            }
        }
        return out;
    }

    /** The first probe of the target that the roster does not place, or null. */
    static Unplaced unplaced(List<CellObservation> observations, ProbePositions probes) {
        for (CellObservation observation : observations) {
            if (!probes.knows(observation.probeId())) {
                return new Unplaced(observation.probeId());
            }
        }
        return null;
    }

    /**
     * Fixed probes' level windows grouped by minute (windows start at each probe's first frame in
     * the minute, so they are bucketed by their start minute), time ordered.
     */
    static TreeMap<Long, List<Measurement>> byMinute(List<CellObservation> observations, ProbePositions probes,
                                                      PathLossCalibration calibration) {
        TreeMap<Long, List<Measurement>> out = new TreeMap<>();
        for (CellObservation observation : observations) {
            String probe = observation.probeId();
            if (probes.moving(probe)) {
                continue;
            }
            double[] at = probes.at(probe, null);
            for (LevelWindow window : observation.signal().windows()) {
                if (window.first().time() == null) {
                    continue;
                }
                long minute = window.first().time().getEpochSecond() / LevelWindow.SECONDS;
                out.computeIfAbsent(minute, m -> new ArrayList<>()).add(new Measurement(probe, at[0], at[1],
                        window.meanDbm() + calibration.offsetDb(probe), window.samples()));
            }
        }
        for (Map.Entry<Long, List<Measurement>> entry : out.entrySet()) {
            entry.setValue(List.copyOf(entry.getValue()));
        }
        return out;
    }
}

package org.roguewatch.locate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.roguewatch.detect.CellAssessment;
import org.roguewatch.detect.Verdict;
import org.roguewatch.observe.CellIdentity;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.LevelWindow;
import org.roguewatch.registry.CellPlan;
import org.roguewatch.registry.PlannedCell;

/**
 * The calibration points: every planned cell with a site and an EIRP that the detectors found
 * ordinary (a clone of a planned identity must not teach the model), as each probe heard it — one
 * point per fixed probe, one per level window for a moving probe.
 */
final class CalibrationCollector {
    private CalibrationCollector() {
    }

    static List<CalibrationPoint> points(List<CellAssessment> assessments, CellPlan plan, ProbePositions probes,
                                         LocalTangentPlane plane) {
        List<CalibrationPoint> out = new ArrayList<>();
        if (plan == null) {
            return out;
        }
        for (CellAssessment assessment : assessments) {
            if (assessment.verdict() != Verdict.OK) {
                continue;
            }
            for (CellObservation observation : assessment.cell().observations()) {
                Optional<PlannedCell> planned = planned(plan, observation);
                if (planned.isEmpty() || planned.get().eirpDbm() == null || !probes.knows(observation.probeId())
                        || observation.signal().samples() == 0) {
                    continue;
                }
                PlannedCell cell = planned.get();
                double[] site = plane.toEastNorth(cell.latitude(), cell.longitude());
                if (probes.moving(observation.probeId())) {
                    for (LevelWindow window : observation.signal().windows()) {
                        double[] at = probes.at(observation.probeId(), window.first().time());
                        out.add(point(observation.probeId(), cell, site, at, window.meanDbm()));
                    }
                } else {
                    double[] at = probes.at(observation.probeId(), null);
                    out.add(point(observation.probeId(), cell, site, at, observation.signal().meanDbm()));
                }
            }
        }
        return out;
    }

    private static Optional<PlannedCell> planned(CellPlan plan, CellObservation observation) {
        CellIdentity id = observation.identity();
        if (id.mcc() == null || id.mnc() == null || id.lac() == null || id.ci() == null) {
            return Optional.empty();
        }
        return plan.find(observation.radio(), id.mcc(), id.mnc(), id.lac(), id.ci())
                .filter(p -> p.channel() == observation.channel());
    }

    private static CalibrationPoint point(String probe, PlannedCell cell, double[] site, double[] at, double level) {
        double bearing = SectorGain.bearingDeg(site[0], site[1], at[0], at[1]);
        double sent = cell.eirpDbm() + SectorGain.relativeDb(cell.azimuthDeg(), cell.beamwidthDeg(), bearing);
        return new CalibrationPoint(probe, cell.cgi(), Math.hypot(at[0] - site[0], at[1] - site[1]), sent, level);
    }
}

package org.roguewatch.analyze;

import java.time.Duration;
import java.util.List;
import org.roguewatch.detect.CellAssessment;
import org.roguewatch.detect.DetectionSetup;
import org.roguewatch.detect.Detector;
import org.roguewatch.locate.FleetLocation;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.probe.FrameCounters;
import org.roguewatch.registry.CellPlan;
import org.roguewatch.registry.RosterProbe;

/**
 * Everything one offline analysis produced: observations, their assessment, and the counts.
 *
 * @param probeId the probe the captures are attributed to, for a single-probe analysis
 * @param roster  the probe fleet (ids, captures, positions) for a fleet analysis, else empty
 * @param plan    the cell plan detection used, or null when none was given
 * @param located the fleet's localization (targets, calibration, added fleet findings), or null
 */
public record AnalysisResult(String probeId, List<RosterProbe> roster, List<InputSummary> inputs,
                             List<CellObservation> cells, DetectionSetup.Detection detection, CellPlan plan,
                             FrameCounters counters, Duration elapsed, FleetLocation located) {
    public AnalysisResult {
        roster = List.copyOf(roster);
        inputs = List.copyOf(inputs);
        cells = List.copyOf(cells);
    }

    /** Who heard the cells, for the report's heading: "probe 'local'" or "4 probes (a, b, c, d)". */
    public String heardBy() {
        if (roster.isEmpty()) {
            return "probe '" + probeId + "'";
        }
        return roster.size() + " probe" + (roster.size() == 1 ? "" : "s") + " ("
                + String.join(", ", roster.stream().map(RosterProbe::id).toList()) + ")";
    }

    /** Every cell's assessment; after localization, with the fleet findings added. */
    public List<CellAssessment> assessments() {
        return located != null ? located.assessments() : detection.assessments();
    }

    public List<Detector> detectors() {
        return detection.detectors();
    }
}

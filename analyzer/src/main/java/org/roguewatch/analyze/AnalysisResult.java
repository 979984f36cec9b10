package org.roguewatch.analyze;

import java.time.Duration;
import java.util.List;
import org.roguewatch.detect.CellAssessment;
import org.roguewatch.detect.DetectionSetup;
import org.roguewatch.detect.Detector;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.probe.FrameCounters;
import org.roguewatch.registry.CellPlan;

/**
 * Everything one offline analysis produced: observations, their assessment, and the counts.
 *
 * @param plan the cell plan detection used, or null when none was given
 */
public record AnalysisResult(String probeId, List<InputSummary> inputs, List<CellObservation> cells,
                             DetectionSetup.Detection detection, CellPlan plan, FrameCounters counters,
                             Duration elapsed) {
    public AnalysisResult {
        inputs = List.copyOf(inputs);
        cells = List.copyOf(cells);
    }

    public List<CellAssessment> assessments() {
        return detection.assessments();
    }

    public List<Detector> detectors() {
        return detection.detectors();
    }
}

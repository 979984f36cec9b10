package org.roguewatch.analyze;

import java.time.Duration;
import java.util.List;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.probe.FrameCounters;

/** Everything one offline analysis produced. */
public record AnalysisResult(String probeId, List<InputSummary> inputs, List<CellObservation> cells,
                             FrameCounters counters, Duration elapsed) {
    public AnalysisResult {
        inputs = List.copyOf(inputs);
        cells = List.copyOf(cells);
    }
}

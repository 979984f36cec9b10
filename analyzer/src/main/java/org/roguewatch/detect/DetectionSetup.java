package org.roguewatch.detect;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roguewatch.baseline.Baseline;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.registry.CellPlan;

/**
 * Everything detection needs besides the observations: the engine (detectors with their settings)
 * and what the operator supplied — plan (null when none was given), policy and learned baseline
 * (null when none).
 */
public record DetectionSetup(DetectionEngine engine, CellPlan plan, OperatorPolicy policy, Baseline baseline) {

    public static DetectionSetup defaults() {
        return new DetectionSetup(DetectionEngine.withDefaults(Detectors.all()), null, OperatorPolicy.NONE, null);
    }

    /** Groups the observations into cells and assesses each. */
    public Detection run(List<CellObservation> observations) {
        return run(observations, Map.of(), Set.of());
    }

    /**
     * The same, knowing where the fleet's fixed probes stand ({lat, lon} by probe id) and which
     * probes move.
     */
    public Detection run(List<CellObservation> observations, Map<String, double[]> probeSites, Set<String> moving) {
        List<CellHistory> cells = CellHistories.group(observations);
        DetectionContext context = new DetectionContext(plan, policy, baseline, cells, probeSites, moving);
        return new Detection(activeDetectors(), engine.assessAll(cells, context));
    }

    public List<Detector> activeDetectors() {
        return engine.active(plan != null);
    }

    /** The detectors that ran, and every cell's assessment. */
    public record Detection(List<Detector> detectors, List<CellAssessment> assessments) {
        public Detection {
            detectors = List.copyOf(detectors);
            assessments = List.copyOf(assessments);
        }
    }
}

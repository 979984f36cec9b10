package org.roguewatch.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs every enabled detector over a cell and scores the findings. Thread-safe. */
public final class DetectionEngine {
    private final List<Detector> detectors;
    private final Map<String, DetectorSettings> settings;
    private final Scoring scoring;

    /**
     * @param settings per detector id; detectors missing from the map use their defaults
     */
    public DetectionEngine(List<Detector> detectors, Map<String, DetectorSettings> settings, Scoring scoring) {
        this.detectors = List.copyOf(detectors);
        Map<String, DetectorSettings> effective = new LinkedHashMap<>();
        for (Detector detector : detectors) {
            effective.put(detector.id(), settings.getOrDefault(detector.id(), DetectorSettings.defaults(detector)));
        }
        this.settings = Map.copyOf(effective);
        this.scoring = scoring;
    }

    public static DetectionEngine withDefaults(List<Detector> detectors) {
        return new DetectionEngine(detectors, Map.of(), Scoring.DEFAULT);
    }

    /** The detectors that run (enabled, and given a plan when they need one). */
    public List<Detector> active(boolean hasPlan) {
        List<Detector> out = new ArrayList<>();
        for (Detector detector : detectors) {
            if (settings.get(detector.id()).enabled() && (hasPlan || !detector.needsPlan())) {
                out.add(detector);
            }
        }
        return out;
    }

    public CellAssessment assess(CellHistory cell, DetectionContext context) {
        List<Finding> findings = new ArrayList<>(2);
        for (Detector detector : detectors) {
            DetectorSettings detectorSettings = settings.get(detector.id());
            if (!detectorSettings.enabled() || (detector.needsPlan() && !context.hasPlan())) {
                continue;
            }
            findings.addAll(detector.findings(cell, context, detectorSettings));
        }
        return new CellAssessment(cell, findings, scoring.score(findings), scoring.verdict(findings));
    }

    public List<CellAssessment> assessAll(List<CellHistory> cells, DetectionContext context) {
        return cells.parallelStream().map(cell -> assess(cell, context)).toList();
    }
}

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
    private final Detector[] ordered;
    private final DetectorSettings[] orderedSettings;
    private final boolean[] enabled;
    private final boolean[] needsPlan;

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
        // Per-cell work reads these arrays rather than the map: it runs for every cell of every probe.
        this.ordered = this.detectors.toArray(new Detector[0]);
        this.orderedSettings = new DetectorSettings[ordered.length];
        this.enabled = new boolean[ordered.length];
        this.needsPlan = new boolean[ordered.length];
        for (int i = 0; i < ordered.length; i++) {
            orderedSettings[i] = effective.get(ordered[i].id());
            enabled[i] = orderedSettings[i].enabled();
            needsPlan[i] = ordered[i].needsPlan();
        }
    }

    /** How findings add up to a verdict, for rules that add findings after the engine ran. */
    public Scoring scoring() {
        return scoring;
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
        List<Finding> findings = List.of();
        boolean hasPlan = context.hasPlan();
        for (int i = 0; i < ordered.length; i++) {
            if (!enabled[i] || (needsPlan[i] && !hasPlan)) {
                continue;
            }
            List<Finding> found = ordered[i].findings(cell, context, orderedSettings[i]);
            if (!found.isEmpty()) {
                if (findings.isEmpty()) {
                    findings = new ArrayList<>(found.size() + 2);
                }
                findings.addAll(found);
            }
        }
        return new CellAssessment(cell, findings, scoring.score(findings), scoring.verdict(findings));
    }

    public List<CellAssessment> assessAll(List<CellHistory> cells, DetectionContext context) {
        return cells.parallelStream().map(cell -> assess(cell, context)).toList();
    }
}

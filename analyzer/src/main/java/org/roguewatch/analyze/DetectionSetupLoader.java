package org.roguewatch.analyze;

import java.io.IOException;
import java.nio.file.Path;
import org.roguewatch.baseline.Baseline;
import org.roguewatch.detect.DetectionSetup;
import org.roguewatch.detect.Detectors;
import org.roguewatch.registry.CellPlan;
import org.roguewatch.registry.ConfigException;
import org.roguewatch.registry.ConfigFile;
import org.roguewatch.registry.PlanException;

/** Loads what the operator supplies for detection — settings, plan, baseline — failing with one clear line. */
public final class DetectionSetupLoader {
    private DetectionSetupLoader() {
    }

    /**
     * @param config   analyzer configuration (config/analyzer.properties), or null for the defaults
     * @param plan     cell plan CSV, or null for none
     * @param lenient  skip bad plan rows (counted) instead of refusing the plan
     * @param baseline learned baseline file, or null
     * @throws IOException with a one-line message naming the file (and line and field for plan rows)
     */
    public static DetectionSetup load(Path config, Path plan, boolean lenient, Path baseline) throws IOException {
        DetectionConfig detection = new DetectionConfig(Detectors.all());
        ConfigFile settings;
        try {
            settings = detection.load(config);
        } catch (ConfigException e) {
            throw new IOException(e.getMessage(), e);
        }
        CellPlan cellPlan = null;
        if (plan != null) {
            try {
                cellPlan = CellPlan.load(plan, lenient);
            } catch (PlanException e) {
                boolean badRow = e.line() > 0 && !lenient;
                throw new IOException(e.getMessage() + (badRow ? " (--lenient skips bad rows)" : ""), e);
            }
        }
        Baseline learned = baseline == null ? null : Baseline.load(baseline);
        return new DetectionSetup(detection.engine(settings), cellPlan, DetectionConfig.policy(settings), learned);
    }
}

package org.roguewatch.detect.broadcast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.roguewatch.baseline.OperatorBaseline;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.ParameterSpec;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.registry.Severity;

/**
 * GSM-INCOMPLETE-SI: System Information types the operator's cells always send (2ter, 2quater, 13)
 * missing from a cell heard long enough to have sent them; simple rogue software sends the minimum.
 */
public final class IncompleteSi extends SignatureDetector {
    private static final List<String> EXPECTED = List.of("System Information Type 2ter",
            "System Information Type 2quater", "System Information Type 13");
    private static final String SI3 = "System Information Type 3";

    public IncompleteSi() {
        super("GSM-INCOMPLETE-SI", 1, Severity.LOW, "SI types missing that the operator's cells always send",
                "analogue of Rayhunter Incomplete SIB; TS 45.002 6.3.1.3 BCCH scheduling");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                BaselineParameters.minLearnedCells(),
                ParameterSpec.integer("minSi3", 4, 1, 1_000,
                        "judge only a cell heard through this many SI3 (full BCCH cycles)"));
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        long cycles = cell.messageCount(SI3);
        if (cycles < settings.integer("minSi3")) {
            return List.of();
        }
        Optional<OperatorBaseline> baseline = context.baselineFor(cell);
        int minCells = settings.integer(BaselineParameters.MIN_LEARNED_CELLS);
        if (baseline.isEmpty()) {
            return List.of();
        }
        List<Evidence> evidence = null;
        for (String message : EXPECTED) {
            if (cell.messageCount(message) == 0 && baseline.get().alwaysSends(message, minCells)) {
                if (evidence == null) {
                    evidence = new ArrayList<>();
                }
                evidence.add(new Evidence(cell.observations().get(0).probeId(), null, 0, null, message, 0L,
                        "sent by every learned cell (" + baseline.get().cells() + "); this cell sent " + cycles + " SI3"));
            }
        }
        return evidence == null ? List.of()
                : oneFinding(cell, settings, "missing " + evidence.stream().map(Evidence::field).toList(), evidence);
    }
}

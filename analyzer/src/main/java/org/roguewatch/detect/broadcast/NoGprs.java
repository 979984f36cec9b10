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
import org.roguewatch.observe.GsmFields;
import org.roguewatch.registry.Severity;

/**
 * GSM-NO-GPRS: no GPRS indicator and no SI13 on a cell of an operator whose cells all offer GPRS;
 * many SMS blasters run plain GSM.
 */
public final class NoGprs extends SignatureDetector {
    static final String SI13 = "System Information Type 13";

    public NoGprs() {
        super("GSM-NO-GPRS", 1, Severity.LOW, "no SI13 / GPRS indicator where all the operator's cells send one",
                "baseline comparison; TS 44.018 10.5.2.34 GPRS Indicator");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(BaselineParameters.minLearnedCells());
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        Boolean gprs = cell.latest(GsmFields.GPRS_INDICATOR);
        if (gprs == null || gprs || cell.messageCount(SI13) > 0) {
            return List.of();
        }
        Optional<OperatorBaseline> baseline = context.baselineFor(cell);
        int minCells = settings.integer(BaselineParameters.MIN_LEARNED_CELLS);
        if (baseline.isEmpty() || !baseline.get().allSendGprs(minCells)) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>(cell.evidence(GsmFields.GPRS_INDICATOR,
                "present, as on all " + baseline.get().cells() + " learned cells"));
        return oneFinding(cell, settings, "no GPRS where every learned cell of the operator has it", evidence);
    }
}

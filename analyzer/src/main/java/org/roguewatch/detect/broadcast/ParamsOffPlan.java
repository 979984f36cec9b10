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
import org.roguewatch.observe.CellField;
import org.roguewatch.observe.GsmFields;
import org.roguewatch.registry.Severity;

/**
 * GSM-PARAMS-OFF-PLAN: access and selection parameters no learned cell of the operator uses. An
 * operator configures its cells from a few templates; a rogue built from defaults stands out.
 */
public final class ParamsOffPlan extends SignatureDetector {
    private static final List<CellField<?>> COMPARED = List.of(GsmFields.RXLEV_ACCESS_MIN, GsmFields.MS_TXPWR_MAX_CCH,
            GsmFields.CELL_RESELECT_HYSTERESIS, GsmFields.NCC_PERMITTED, GsmFields.CELL_BARRED, GsmFields.MAX_RETRANS,
            GsmFields.TX_INTEGER);

    public ParamsOffPlan() {
        super("GSM-PARAMS-OFF-PLAN", 1, Severity.LOW,
                "SI parameters (RXLEV_ACCESS_MIN, MS_TXPWR_MAX_CCH, CRH, NCC permitted, cell barred, RACH) unlike every learned cell of the operator",
                "SeaGlass (configurations unlike the carrier's)");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(BaselineParameters.minLearnedCells());
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        Optional<OperatorBaseline> baseline = context.baselineFor(cell);
        if (baseline.isEmpty() || baseline.get().cells() < settings.integer(BaselineParameters.MIN_LEARNED_CELLS)) {
            return List.of();
        }
        List<Evidence> evidence = null;
        List<String> names = null;
        for (CellField<?> field : COMPARED) {
            Object value = cell.latest(field);
            if (value == null || baseline.get().seen(field, value)) {
                continue;
            }
            if (evidence == null) {
                evidence = new ArrayList<>();
                names = new ArrayList<>();
            }
            names.add(field.name() + " " + value);
            evidence.addAll(evidenceFor(cell, field, baseline.get()));
        }
        return evidence == null ? List.of()
                : oneFinding(cell, settings, "parameters no learned cell uses: " + String.join(", ", names), evidence);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<Evidence> evidenceFor(CellHistory cell, CellField<T> field, OperatorBaseline baseline) {
        return cell.evidence(field, "one of " + baseline.valuesSeen(field));
    }
}

package org.roguewatch.detect.identity;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.ParameterSpec;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.observe.CellIdentity;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.detect.IdentityFields;
import org.roguewatch.registry.Severity;

/**
 * LONESOME-AREA: a LAC/TAC the plan does not have, or one that holds a single cell among the many
 * a probe hears (a catcher picks a fresh LAC so phones must register with it). Judged only when
 * the probe heard enough cells to know what the area looks like.
 */
public final class LonesomeArea extends SignatureDetector {
    public LonesomeArea() {
        super("LONESOME-AREA", 1, Severity.MEDIUM,
                "LAC/TAC with a single cell, or a LAC/TAC the plan does not have", "SnoopSnitch A5");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("minCellsHeard", 4, 2, 10_000,
                "judge 'a single cell in its area' only when the probe heard at least this many cells"));
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        CellIdentity identity = cell.identity();
        if (identity.mcc() == null || identity.mnc() == null || identity.lac() == null) {
            return List.of();
        }
        String plmn = cell.plmn();
        if (context.hasPlan() && context.plan().size() > 0 && context.isOwnPlmn(plmn)
                && !context.plan().hasArea(cell.radio(), identity.mcc(), identity.mnc(), identity.lac())) {
            return oneFinding(cell, settings, "area " + identity.lac() + " of " + plmn + " is not in the cell plan",
                    cell.evidence(IdentityFields.area(cell.radio()), "an area code of the plan"));
        }
        int minCells = settings.integer("minCellsHeard");
        List<String> probes = new ArrayList<>();
        for (CellObservation observation : cell.observations()) {
            String probe = observation.probeId();
            if (context.cellsHeardBy(probe) >= minCells && context.cellsInArea(probe, plmn, identity.lac()) == 1) {
                probes.add(probe);
            }
        }
        if (probes.isEmpty()) {
            return List.of();
        }
        return oneFinding(cell, settings, "the only cell in area " + identity.lac() + " among the cells probe(s) "
                + probes + " hear", cell.evidence(IdentityFields.area(cell.radio()), "other cells of the same area nearby"));
    }
}

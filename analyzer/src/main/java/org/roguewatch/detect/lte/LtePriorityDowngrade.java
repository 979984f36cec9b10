package org.roguewatch.detect.lte;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.observe.CellField;
import org.roguewatch.observe.LteFields;
import org.roguewatch.registry.Severity;

/**
 * LTE-PRIORITY-DOWNGRADE: SIB6 (UTRA) or SIB7 (GERAN) giving a legacy RAT a higher reselection
 * priority than every LTE frequency the cell names (its own, SIB3; inter-frequency, SIB5). An idle
 * UE then reselects to 3G/2G as soon as that layer is above its threshold (TS 36.304 5.2.4.5) —
 * the quiet downgrade a rogue eNodeB uses to hand victims to its 2G partner. Judged only on a cell
 * whose SIB3 was heard, since without it the LTE priority is unknown.
 */
public final class LtePriorityDowngrade extends SignatureDetector {
    public LtePriorityDowngrade() {
        super("LTE-PRIORITY-DOWNGRADE", 1, Severity.HIGH,
                "UTRA/GERAN reselection priority (SIB6/SIB7) above every LTE priority (SIB3/SIB5)",
                "Rayhunter \"LTE SIB 6/7 Downgrade\"; TS 36.331 6.3.1; TS 36.304 5.2.4.5");
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        Integer serving = cell.latest(LteFields.SERVING_PRIORITY);
        if (serving == null) {
            return List.of();
        }
        Integer interFrequency = cell.latest(LteFields.EUTRA_MAX_PRIORITY);
        int lte = interFrequency == null ? serving : Math.max(serving, interFrequency);
        List<Evidence> evidence = null;
        for (CellField<Integer> legacy : List.of(LteFields.UTRA_MAX_PRIORITY, LteFields.GERAN_MAX_PRIORITY)) {
            Integer priority = cell.latest(legacy);
            if (priority == null || priority <= lte) {
                continue;
            }
            if (evidence == null) {
                evidence = new ArrayList<>(cell.evidence(LteFields.SERVING_PRIORITY, null));
                if (interFrequency != null) {
                    evidence.addAll(cell.evidence(LteFields.EUTRA_MAX_PRIORITY, null));
                }
            }
            evidence.addAll(cell.evidence(legacy, "at most " + lte + " (the highest LTE priority)"));
        }
        return evidence == null ? List.of()
                : oneFinding(cell, settings, "a 2G/3G layer is preferred to LTE for reselection", evidence);
    }
}

package org.roguewatch.detect.identity;

import java.util.List;
import java.util.Optional;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.observe.CellIdentity;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.detect.IdentityFields;
import org.roguewatch.observe.Sighting;
import org.roguewatch.registry.PlannedCell;
import org.roguewatch.registry.Severity;

/**
 * CELL-PLAN-MISMATCH: a planned identity heard on another ARFCN/EARFCN than the plan gives it —
 * a cloned identity or a moved cell. (Physical-id and coverage-distance checks join once probes
 * report BSIC/PCI and positions.)
 */
public final class CellPlanMismatch extends SignatureDetector {
    public CellPlanMismatch() {
        super("CELL-PLAN-MISMATCH", 1, Severity.HIGH,
                "a planned cell identity heard on the wrong ARFCN/EARFCN",
                "SnoopSnitch A4; Crocodile Hunter; CellGuard distance check");
    }

    @Override
    public boolean needsPlan() {
        return true;
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        CellIdentity identity = cell.identity();
        if (!identity.complete()) {
            return List.of();
        }
        Optional<PlannedCell> planned = context.planned(cell);
        if (planned.isEmpty() || planned.get().channel() == cell.channel()) {
            return List.of();
        }
        CellObservation heard = cell.observations().get(0);
        Sighting<Integer> ci = heard.history(IdentityFields.cell(cell.radio())).latestSighting();
        Evidence evidence = new Evidence(heard.probeId(), ci.first().source(), ci.first().frame(), ci.first().time(),
                "gsmtap.arfcn", cell.channel(), planned.get().channel() + " (" + planned.get().source() + ")");
        return List.of(finding(cell, settings, "cell " + identity + " is planned on channel "
                + planned.get().channel() + " but transmits on " + cell.channel(), List.of(evidence)));
    }
}

package org.roguewatch.detect.identity;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.observe.CellIdentity;
import org.roguewatch.detect.IdentityFields;
import org.roguewatch.registry.Severity;

/**
 * CELL-NOT-IN-PLAN: a global cell identity the operator's plan does not have. High for the
 * operator's own PLMNs; for another operator's cell it is only information (weight 0), since
 * foreign cells are heard everywhere.
 */
public final class CellNotInPlan extends SignatureDetector {
    public CellNotInPlan() {
        super("CELL-NOT-IN-PLAN", 1, Severity.HIGH,
                "cell identity (MCC, MNC, LAC/TAC, CI/ECI) absent from the operator's cell plan",
                "Crocodile Hunter (OpenCellID lookup), CellGuard; here the operator's own plan");
    }

    @Override
    public boolean needsPlan() {
        return true;
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        CellIdentity identity = cell.identity();
        if (!identity.complete() || context.planned(cell).isPresent()) {
            return List.of();
        }
        String expected = "listed in the cell plan (" + context.plan().size() + " cells)";
        List<Evidence> evidence = new ArrayList<>();
        evidence.addAll(cell.evidence(IdentityFields.mcc(cell.radio()), expected));
        evidence.addAll(cell.evidence(IdentityFields.mnc(cell.radio()), expected));
        evidence.addAll(cell.evidence(IdentityFields.area(cell.radio()), expected));
        evidence.addAll(cell.evidence(IdentityFields.cell(cell.radio()), expected));
        String plmn = cell.plmn();
        if (context.isOwnPlmn(plmn)) {
            return List.of(finding(cell, settings, "cell " + identity + " is not in the cell plan of " + plmn, evidence));
        }
        return List.of(new Finding(id(), version(), Severity.INFO, 0.0, cell.ref(),
                "cell " + identity + " of another operator (" + plmn + ") is not in the plan", evidence));
    }
}

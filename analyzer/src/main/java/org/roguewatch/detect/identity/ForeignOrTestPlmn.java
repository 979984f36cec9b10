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
 * FOREIGN-OR-TEST-PLMN: a test network code (MCC 001, MCC 999, MCC 901 — TS 23.122 Annex A and
 * ITU-T E.212 reserved ranges; lab equipment and catchers default to 001-01) that the operator
 * has not declared its own (a lab network in its plan or home list), or a PLMN outside the
 * configured home and partner lists.
 */
public final class ForeignOrTestPlmn extends SignatureDetector {
    public ForeignOrTestPlmn() {
        super("FOREIGN-OR-TEST-PLMN", 2, Severity.HIGH,
                "MCC/MNC of a test network, or not in the configured home/partner PLMNs",
                "TS 23.122 Annex A test PLMNs; Crocodile Hunter MCC/MNC scores");
    }

    static boolean isTestPlmn(String mcc) {
        return mcc.equals("001") || mcc.equals("999") || mcc.equals("901");
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        CellIdentity identity = cell.identity();
        if (identity.mcc() == null || identity.mnc() == null) {
            return List.of();
        }
        String plmn = cell.plmn();
        String why;
        Object expected;
        if (isTestPlmn(identity.mcc()) && !context.isDeclaredOwnPlmn(plmn)) {
            why = "test network code " + plmn;
            expected = "a national network's MCC (not test 001/999 or shared 901)";
        } else if (context.policy().knowsPlmns() && !context.policy().isKnownPlmn(plmn)) {
            why = plmn + " is neither a home nor a partner PLMN";
            expected = "one of " + context.policy().homePlmns() + " " + context.policy().partnerPlmns();
        } else {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>(cell.evidence(IdentityFields.mcc(cell.radio()), expected));
        evidence.addAll(cell.evidence(IdentityFields.mnc(cell.radio()), expected));
        return oneFinding(cell, settings, "cell broadcasts " + why, evidence);
    }
}

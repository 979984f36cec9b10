package org.roguewatch.detect.broadcast;

import java.util.List;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.ParameterSpec;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.observe.GsmFields;
import org.roguewatch.registry.Severity;

/**
 * GSM-LOW-T3212: a periodic location update timer (TS 44.018 10.5.2.11, deci-hours) so short that
 * phones keep re-registering — and revealing themselves — or 0 (no periodic updating, a phone
 * captured by a catcher never looks back) where the operator's cells do not use 0.
 */
public final class LowT3212 extends SignatureDetector {
    public LowT3212() {
        super("GSM-LOW-T3212", 1, Severity.MEDIUM, "T3212 very low (< 5 deci-hours), or 0 where the network differs",
                "SnoopSnitch T1; TS 44.018 10.5.2.11");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("minimum", 5, 1, 255,
                "non-zero T3212 below this (deci-hours) is flagged"));
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        Integer t3212 = cell.latest(GsmFields.T3212);
        int minimum = settings.integer("minimum");
        if (t3212 == null || t3212 >= minimum) {
            return List.of();
        }
        if (t3212 == 0) {
            boolean operatorUsesZero = context.baselineFor(cell).map(b -> b.seen(GsmFields.T3212, 0)).orElse(false);
            if (operatorUsesZero) {
                return List.of();
            }
            return oneFinding(cell, settings, "T3212 0: phones never re-register periodically",
                    cell.evidence(GsmFields.T3212, "a non-zero periodic update timer"));
        }
        return oneFinding(cell, settings, "T3212 " + t3212 + " deci-hours (" + t3212 * 6 + " minutes)",
                cell.evidence(GsmFields.T3212, "at least " + minimum));
    }

}

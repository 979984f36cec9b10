package org.roguewatch.detect.broadcast;

import java.util.ArrayList;
import java.util.List;
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
 * GSM-HIGH-RESELECT-OFFSET: a CELL_RESELECT_OFFSET that inflates the cell's C2 criterion (TS 45.008
 * 6.4: C2 = C1 + CRO − TO·H(PT − T)) far beyond any layering need, so idle phones reselect to it.
 * With PENALTY_TIME 31 the offset is subtracted instead (the cell repels), so it is not flagged.
 */
public final class HighReselectOffset extends SignatureDetector {
    private static final int PENALTY_TIME_SUBTRACTS = 31;

    public HighReselectOffset() {
        super("GSM-HIGH-RESELECT-OFFSET", 1, Severity.MEDIUM,
                "CELL_RESELECT_OFFSET (SI3/SI4 rest octets) above threshold and added to C2",
                "SnoopSnitch K2; TS 45.008 6.4");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("maxOffsetDb", 40, 0, 126,
                "CELL_RESELECT_OFFSET above this many dB (added to C2) is flagged"));
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        Integer offset = cell.latest(GsmFields.CELL_RESELECT_OFFSET);
        Integer penaltyTime = cell.latest(GsmFields.PENALTY_TIME);
        int maxDb = settings.integer("maxOffsetDb");
        if (offset == null || penaltyTime == null || penaltyTime == PENALTY_TIME_SUBTRACTS || 2 * offset <= maxDb) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>(cell.evidence(GsmFields.CELL_RESELECT_OFFSET,
                "at most " + maxDb / 2 + " (" + maxDb + " dB)"));
        evidence.addAll(cell.evidence(GsmFields.PENALTY_TIME, "31 (offset subtracted) for a large offset"));
        return oneFinding(cell, settings, "CELL_RESELECT_OFFSET " + 2 * offset + " dB added to C2", evidence);
    }
}

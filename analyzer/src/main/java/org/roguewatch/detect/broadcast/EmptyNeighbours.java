package org.roguewatch.detect.broadcast;

import java.util.List;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.ParameterSpec;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.observe.ArfcnList;
import org.roguewatch.observe.GsmFields;
import org.roguewatch.registry.Severity;

/**
 * GSM-EMPTY-NEIGHBOURS: a BA list (SI2, with SI2bis and SI2ter) of at most one entry. A phone
 * measures and reselects only to listed cells, so a catcher lists none to keep phones captive.
 */
public final class EmptyNeighbours extends SignatureDetector {
    public EmptyNeighbours() {
        super("GSM-EMPTY-NEIGHBOURS", 1, Severity.MEDIUM, "BA list in SI2 (+2bis/2ter) with at most one entry",
                "SnoopSnitch K1; TS 44.018 10.5.2.22");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("maxEntries", 1, 0, 32, "BA lists with at most this many ARFCNs are flagged"));
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        ArfcnList neighbours = cell.latest(GsmFields.NEIGHBOURS);
        if (neighbours == null) {
            return List.of();
        }
        int total = neighbours.size() + size(cell.latest(GsmFields.NEIGHBOURS_EXT))
                + size(cell.latest(GsmFields.NEIGHBOURS_MULTIBAND));
        int max = settings.integer("maxEntries");
        if (total > max) {
            return List.of();
        }
        return oneFinding(cell, settings, "neighbour list has " + total + " entr" + (total == 1 ? "y" : "ies"),
                cell.evidence(GsmFields.NEIGHBOURS, "more than " + max + " neighbour ARFCNs"));
    }

    private static int size(ArfcnList list) {
        return list == null ? 0 : list.size();
    }
}

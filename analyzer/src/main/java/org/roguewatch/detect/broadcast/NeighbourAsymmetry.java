package org.roguewatch.detect.broadcast;

import java.util.List;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.ParameterSpec;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.observe.ArfcnList;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.GsmFields;
import org.roguewatch.observe.Radio;
import org.roguewatch.registry.Severity;

/**
 * GSM-NEIGHBOUR-ASYMMETRY: none of the heard cells this cell lists as neighbours lists it back.
 * Network neighbour relations are planned both ways; a rogue copies a real cell's list but no
 * real cell lists the rogue.
 */
public final class NeighbourAsymmetry extends SignatureDetector {
    public NeighbourAsymmetry() {
        super("GSM-NEIGHBOUR-ASYMMETRY", 1, Severity.LOW, "none of the cells it lists as neighbours list it back",
                "SnoopSnitch R1");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("minNeighboursHeard", 2, 1, 64,
                "listed neighbours whose own BA list was heard, needed before judging"));
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        if (cell.radio() != Radio.GSM) {
            return List.of();
        }
        int minHeard = settings.integer("minNeighboursHeard");
        for (CellObservation observation : cell.observations()) {
            ArfcnList listed = observation.latest(GsmFields.NEIGHBOURS);
            if (listed == null) {
                continue;
            }
            int heard = 0;
            boolean listsBack = false;
            for (int i = 0; i < listed.size() && !listsBack; i++) {
                CellObservation neighbour = context.heardBy(observation.probeId(), Radio.GSM, listed.get(i));
                ArfcnList theirs = neighbour == null || neighbour == observation ? null
                        : neighbour.latest(GsmFields.NEIGHBOURS);
                if (theirs != null) {
                    heard++;
                    listsBack = theirs.contains(cell.channel());
                }
            }
            if (!listsBack && heard >= minHeard) {
                return oneFinding(cell, settings, "none of its " + heard + " heard neighbours lists ARFCN "
                        + cell.channel(), cell.evidence(GsmFields.NEIGHBOURS, "neighbours that list it back"));
            }
        }
        return List.of();
    }
}

package org.roguewatch.detect.identity;

import java.util.List;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.ParameterSpec;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.observe.ArfcnList;
import org.roguewatch.observe.CellIdentity;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.GsmFields;
import org.roguewatch.observe.Radio;
import org.roguewatch.registry.Severity;

/**
 * AREA-INCONSISTENT: the cell's LAC differs from that of every one of its (at least three) heard
 * neighbours of the same network. Real location areas are contiguous clusters of sites.
 */
public final class AreaInconsistent extends SignatureDetector {
    public AreaInconsistent() {
        super("AREA-INCONSISTENT", 1, Severity.LOW, "LAC/TAC differs from all (at least 3) neighbours'",
                "SnoopSnitch A2; Crocodile Hunter TAC change");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("minNeighbours", 3, 1, 64,
                "heard neighbours of the same network needed before judging"));
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        CellIdentity identity = cell.identity();
        if (identity.lac() == null || identity.mcc() == null || cell.radio() != Radio.GSM) {
            return List.of();
        }
        int minNeighbours = settings.integer("minNeighbours");
        for (CellObservation observation : cell.observations()) {
            ArfcnList neighbours = observation.latest(GsmFields.NEIGHBOURS);
            if (neighbours == null) {
                continue;
            }
            int heard = 0;
            boolean sameArea = false;
            for (int i = 0; i < neighbours.size() && !sameArea; i++) {
                CellObservation neighbour = context.heardBy(observation.probeId(), Radio.GSM, neighbours.get(i));
                if (neighbour == null || neighbour == observation) {
                    continue;
                }
                CellIdentity other = neighbour.identity();
                if (other.lac() == null || !identity.mcc().equals(other.mcc()) || !identity.mnc().equals(other.mnc())) {
                    continue;
                }
                heard++;
                sameArea = other.lac().equals(identity.lac());
            }
            if (!sameArea && heard >= minNeighbours) {
                return oneFinding(cell, settings, "area " + identity.lac() + " differs from all " + heard
                        + " heard neighbours'", cell.evidence(GsmFields.LAC, "the area of its neighbours"));
            }
        }
        return List.of();
    }
}

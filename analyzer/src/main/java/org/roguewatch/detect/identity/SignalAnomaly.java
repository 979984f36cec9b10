package org.roguewatch.detect.identity;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.ParameterSpec;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.registry.Severity;

/**
 * SIGNAL-ANOMALY: a level no macro cell reaches at a probe: a fake base station parked beside
 * the victims is heard up to −50 dBm, while network cells arrive at −110…−60 dBm (ICETA 2016).
 * Version 1 uses the absolute level; the prediction from the plan joins with probe positions.
 */
public final class SignalAnomaly extends SignatureDetector {
    public SignalAnomaly() {
        super("SIGNAL-ANOMALY", 1, Severity.MEDIUM, "received level far above what network cells reach at a probe",
                "Crocodile Hunter RSSI score; CellGuard; ICETA 2016");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("maxLevelDbm", -50, -120, 0,
                "levels at or above this at a probe are flagged"));
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        int max = settings.integer("maxLevelDbm");
        List<Evidence> evidence = null;
        for (CellObservation observation : cell.observations()) {
            if (observation.signal().samples() == 0 || observation.signal().maxDbm() < max
                    || observation.signal().strongest() == null) {
                continue;
            }
            if (evidence == null) {
                evidence = new ArrayList<>(1);
            }
            var strongest = observation.signal().strongest();
            evidence.add(new Evidence(observation.probeId(), strongest.source(), strongest.frame(), strongest.time(),
                    "gsmtap.signal_dbm", observation.signal().maxDbm(), "< " + max + " dBm"));
        }
        return evidence == null ? List.of()
                : oneFinding(cell, settings, "received at " + cell.maxSignalDbm() + " dBm", evidence);
    }
}

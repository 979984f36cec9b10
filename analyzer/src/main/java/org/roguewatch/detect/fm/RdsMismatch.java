package org.roguewatch.detect.fm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.roguewatch.detect.Evidence;
import org.roguewatch.registry.FmLicence;
import org.roguewatch.registry.Severity;
import org.roguewatch.spectrum.rds.RdsResult;
import org.roguewatch.spectrumobs.SpectrumObservation;

/**
 * FM-RDS-MISMATCH: on a licensed channel whose licence names a PI code, the RDS decoded from a
 * recording carries another PI, or none (a pirate on the channel sends no RDS or someone else's).
 * Only recordings are decoded; sweeps carry no modulation and say nothing either way.
 */
public final class RdsMismatch extends FmSignature {
    public RdsMismatch() {
        super("FM-RDS-MISMATCH", 1, Severity.LOW, "RDS PI code absent or not the licensed station's",
                "IEC 62106 / NRSC-4 programme identification (PI) code");
    }

    @Override
    public List<FmFinding> findings(FmCarrier carrier, FmContext context) {
        FmLicence licence = carrier.licence();
        if (licence == null || licence.piCode() == null) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>();
        boolean absent = false;
        for (SpectrumObservation seen : carrier.observations()) {
            RdsResult rds = seen.rds();
            if (rds == null || licence.piCode().equals(rds.pi())) {
                continue;
            }
            absent |= rds.pi() == null;
            evidence.add(FmDetector.evidence(seen, seen.first(), "rds.pi",
                    rds.pi() == null ? String.format(Locale.ROOT, "none (%d bits, %d A block(s))", rds.bits(),
                            rds.blocksA()) : rds.piHex(), licence.piHex() + " (" + licence.source() + ")"));
        }
        return finding(carrier, String.format(Locale.ROOT, "%s: RDS PI %s, licensed %s", licence.label(),
                absent ? "absent" : String.valueOf(evidence.isEmpty() ? "" : evidence.get(0).value()), licence.piHex()),
                evidence);
    }
}

package org.roguewatch.detect.lte;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.ProbeTransaction;
import org.roguewatch.detect.Scoring;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.lte.nas.EmmSecurityModeCommand;
import org.roguewatch.lte.rrc.RrcSecurityModeCommand;
import org.roguewatch.observe.DedicatedStep;
import org.roguewatch.registry.Severity;

/**
 * LTE-NULL-CIPHER: a Security Mode Command (RRC, TS 36.331 5.3.4; or NAS, TS 24.301 5.4.3) that
 * selects EIA0. Integrity keys come only out of authentication with the subscriber's key, which a
 * rogue eNodeB does not hold, so it must choose EIA0 — which TS 33.401 5.1.4.2 allows only for an
 * unauthenticated emergency call. That is the configured (High) finding.
 *
 * <p>EEA0 with a real integrity algorithm is a keyed, genuine network that does not cipher (srsRAN's
 * default; some national networks): the UE's traffic is readable on air, but no fake cell could have
 * sent it. It is reported as an Info finding (weight 0) so users see it without an alarm.
 */
public final class LteNullCipher extends SignatureDetector {
    private static final int NULL = 0;

    public LteNullCipher() {
        super("LTE-NULL-CIPHER", 1, Severity.HIGH,
                "Security Mode Command with EIA0 (High); EEA0 under real integrity reported as Info",
                "Rayhunter \"Null Cipher\", \"NAS Null Cipher\"; TS 33.401 5.1.4.2; TS 36.331 6.3.3; TS 24.301 9.9.3.23");
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        List<Evidence> noIntegrity = null;
        List<Evidence> noCiphering = null;
        for (ProbeTransaction transaction : cell.transactions()) {
            for (DedicatedStep step : transaction.transaction().steps()) {
                Algorithms chosen = algorithms(step);
                if (chosen == null) {
                    continue;
                }
                if (chosen.integrity() == NULL) {
                    noIntegrity = add(noIntegrity, transaction.evidence(step, chosen.integrityField(), NULL,
                            "EIA1, EIA2 or EIA3 (EIA0 only for an unauthenticated emergency call)"));
                } else if (chosen.ciphering() == NULL) {
                    noCiphering = add(noCiphering, transaction.evidence(step, chosen.cipheringField(), NULL,
                            "EEA1, EEA2 or EEA3"));
                }
            }
        }
        if (noIntegrity != null) {
            return oneFinding(cell, settings, "security mode command without integrity protection (EIA0)",
                    noIntegrity);
        }
        if (noCiphering != null) {
            return List.of(new Finding(id(), version(), Severity.INFO, Scoring.defaultWeight(Severity.INFO),
                    cell.ref(), "ciphering off (EEA0) under integrity protection: a keyed network, readable on air",
                    noCiphering));
        }
        return List.of();
    }

    private static List<Evidence> add(List<Evidence> list, Evidence evidence) {
        List<Evidence> out = list == null ? new ArrayList<>() : list;
        out.add(evidence);
        return out;
    }

    private static Algorithms algorithms(DedicatedStep step) {
        if (step.message() instanceof RrcSecurityModeCommand command) {
            return new Algorithms(command.cipheringAlgorithm(), command.integrityAlgorithm(),
                    "lte-rrc.cipheringAlgorithm", "lte-rrc.integrityProtAlgorithm");
        }
        if (NasSteps.message(step) instanceof EmmSecurityModeCommand command) {
            return new Algorithms(command.cipheringAlgorithm(), command.integrityAlgorithm(), "nas_eps.emm.toc",
                    "nas_eps.emm.toi");
        }
        return null;
    }

    private record Algorithms(int ciphering, int integrity, String cipheringField, String integrityField) {
    }
}

package org.roguewatch.detect.lte;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.ParameterSpec;
import org.roguewatch.detect.ProbeTransaction;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.lte.nas.EmmAuthenticationRequest;
import org.roguewatch.lte.nas.EmmIdentityRequest;
import org.roguewatch.lte.nas.IdentityType2;
import org.roguewatch.observe.DedicatedStep;
import org.roguewatch.observe.DedicatedTransaction;
import org.roguewatch.registry.Severity;

/**
 * LTE-IMSI-REQUEST: a NAS Identity Request for the IMSI or IMEI on an RRC connection that ends
 * without an Authentication Request — an IMSI catcher takes the identity and lets the UE go, as it
 * holds no key to authenticate with. A network that asks for the IMSI of a UE whose GUTI it does
 * not know and then authenticates (TS 24.301 5.4.4, 5.5.1.2.4) is not flagged; neither is a
 * connection still open when the capture ends, since authentication may follow.
 */
public final class LteImsiRequest extends SignatureDetector {
    public LteImsiRequest() {
        super("LTE-IMSI-REQUEST", 1, Severity.HIGH,
                "NAS Identity Request for IMSI/IMEI on a connection released without authentication",
                "Rayhunter \"Identity (IMSI or IMEI) requested\"; Marlin; TS 24.301 5.4.4");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.list("identityTypes", List.of("IMSI", "IMEI", "IMEISV"),
                "identity types whose request is flagged (a code the UE must read as IMSI counts as IMSI)"));
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        List<String> flagged = settings.list("identityTypes");
        List<Evidence> evidence = null;
        for (ProbeTransaction probeTransaction : cell.transactions()) {
            DedicatedTransaction transaction = probeTransaction.transaction();
            if (!transaction.released() || NasSteps.contains(transaction, EmmAuthenticationRequest.class)) {
                continue;
            }
            for (DedicatedStep step : NasSteps.all(transaction, EmmIdentityRequest.class)) {
                IdentityType2 type = ((EmmIdentityRequest) NasSteps.message(step)).identityType();
                String asked = type.asksForImsi() ? "IMSI" : type.name();
                if (!flagged.contains(asked)) {
                    continue;
                }
                if (evidence == null) {
                    evidence = new ArrayList<>();
                }
                evidence.add(probeTransaction.evidence(step, "nas_eps.emm.id_type2", type.code(),
                        asked + " requested only on a connection that goes on to authenticate"));
            }
        }
        return evidence == null ? List.of()
                : oneFinding(cell, settings, "identity requested on a connection released without authentication",
                        evidence);
    }
}

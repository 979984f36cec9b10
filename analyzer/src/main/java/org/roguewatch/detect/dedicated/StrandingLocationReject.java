package org.roguewatch.detect.dedicated;

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
import org.roguewatch.gsm.mm.IdentityRequest;
import org.roguewatch.gsm.mm.LocationUpdatingReject;
import org.roguewatch.observe.DedicatedStep;
import org.roguewatch.observe.DedicatedTransaction;
import org.roguewatch.registry.Severity;

/**
 * GSM-LU-REJECT: a Location Updating Reject right after an identity request, with a cause that
 * strands the phone (#11 PLMN not allowed, #12 LA not allowed, #13 roaming not allowed in this LA,
 * #15 no suitable cells; TS 24.008 4.4.4.7) — how a catcher releases a victim once it has its IMSI.
 */
public final class StrandingLocationReject extends SignatureDetector {
    public StrandingLocationReject() {
        super("GSM-LU-REJECT", 1, Severity.MEDIUM,
                "Location Updating Reject with a stranding cause right after an identity request",
                "SnoopSnitch C4; Marlin; TS 24.008 4.4.4.7");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.list("causes", List.of("11", "12", "13", "15"), "reject causes that strand a phone"));
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        List<String> causes = settings.list("causes");
        List<Evidence> evidence = null;
        for (ProbeTransaction probeTransaction : cell.transactions()) {
            DedicatedTransaction transaction = probeTransaction.transaction();
            for (DedicatedStep step : transaction.all(LocationUpdatingReject.class)) {
                int cause = ((LocationUpdatingReject) step.message()).rejectCause();
                if (!causes.contains(String.valueOf(cause))
                        || !transaction.occursBefore(IdentityRequest.class, transaction.indexOf(step))) {
                    continue;
                }
                if (evidence == null) {
                    evidence = new ArrayList<>();
                }
                evidence.add(probeTransaction.evidence(step, "gsm_a.dtap.rej_cause", cause,
                        "no stranding reject after an identity request"));
            }
        }
        return evidence == null ? List.of()
                : oneFinding(cell, settings, "phone rejected with a stranding cause after an identity request", evidence);
    }
}

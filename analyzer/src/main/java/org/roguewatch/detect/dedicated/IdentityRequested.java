package org.roguewatch.detect.dedicated;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.ParameterSpec;
import org.roguewatch.detect.ProbeTransaction;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.gsm.mm.AuthenticationRequest;
import org.roguewatch.gsm.mm.IdentityRequest;
import org.roguewatch.gsm.mm.LocationUpdatingReject;
import org.roguewatch.observe.DedicatedStep;
import org.roguewatch.observe.DedicatedTransaction;
import org.roguewatch.registry.Severity;

/**
 * GSM-IDENTITY-REQUEST: an Identity Request for the IMSI, IMEI or IMEISV on a connection that never
 * authenticates — the IMSI catcher's harvest. Medium; High when a Location Updating Reject then
 * sends the phone away (take the identity, release the victim). A network that asks for the IMSI
 * and then authenticates is not flagged.
 */
public final class IdentityRequested extends SignatureDetector {
    public IdentityRequested() {
        super("GSM-IDENTITY-REQUEST", 1, Severity.MEDIUM,
                "Identity Request for IMSI/IMEI/IMEISV without authentication; High when followed by LU Reject",
                "SnoopSnitch C4; Rayhunter identity requested; TS 24.008 9.2.10");
    }

    /** Identity type 2 (TS 24.008 10.5.3.4) as tshark shows it. */
    static int identityTypeCode(MobileIdentity.Type type) {
        return switch (type) {
            case IMSI -> 1;
            case IMEI -> 2;
            case IMEISV -> 3;
            case TMSI -> 4;
            default -> 0;
        };
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.list("identityTypes", List.of("IMSI", "IMEI", "IMEISV"),
                "identity types whose request is flagged"));
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        List<String> flagged = settings.list("identityTypes");
        List<Evidence> evidence = null;
        boolean rejected = false;
        for (ProbeTransaction probeTransaction : cell.transactions()) {
            DedicatedTransaction transaction = probeTransaction.transaction();
            if (transaction.contains(AuthenticationRequest.class)) {
                continue;
            }
            for (DedicatedStep step : transaction.all(IdentityRequest.class)) {
                MobileIdentity.Type type = ((IdentityRequest) step.message()).identityType();
                if (!flagged.contains(type.name())) {
                    continue;
                }
                Optional<DedicatedStep> reject = transaction.first(LocationUpdatingReject.class);
                if (!transaction.released() && reject.isEmpty()) {
                    continue; // authentication may still follow beyond the end of the capture
                }
                if (evidence == null) {
                    evidence = new ArrayList<>();
                }
                evidence.add(probeTransaction.evidence(step, "gsm_a.dtap.type_of_identity", identityTypeCode(type),
                        type.name() + " requested only on an authenticated connection"));
                if (reject.isPresent() && transaction.indexOf(reject.get()) > transaction.indexOf(step)) {
                    rejected = true;
                    evidence.add(probeTransaction.evidence(reject.get(), "gsm_a.dtap.rej_cause",
                            ((LocationUpdatingReject) reject.get().message()).rejectCause(), "no reject after an identity request"));
                }
            }
        }
        if (evidence == null) {
            return List.of();
        }
        if (rejected) {
            return List.of(new Finding(id(), version(), Severity.HIGH,
                    Math.max(settings.weight(), org.roguewatch.detect.Scoring.defaultWeight(Severity.HIGH)), cell.ref(),
                    "identity requested without authentication, then the phone was rejected", evidence));
        }
        return oneFinding(cell, settings, "identity requested on a connection without authentication", evidence);
    }
}

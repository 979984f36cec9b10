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
import org.roguewatch.lte.nas.EmmAttachReject;
import org.roguewatch.lte.nas.EmmCauses;
import org.roguewatch.lte.nas.EmmServiceReject;
import org.roguewatch.lte.nas.EmmTrackingAreaUpdateReject;
import org.roguewatch.lte.nas.NasMessage;
import org.roguewatch.observe.DedicatedStep;
import org.roguewatch.registry.Severity;

/**
 * LTE-REJECT-CAUSE: an Attach, Tracking Area Update or Service Reject with an EMM cause that makes
 * the UE give up on LTE (TS 24.301 5.5.1.2.5, 5.5.3.2.5, 5.6.1.5): #3 illegal UE, #6 illegal ME,
 * #7 EPS services not allowed, #8 EPS and non-EPS services not allowed (the UE treats the USIM as
 * invalid until power-off), #14 EPS services not allowed in this PLMN, #15 no suitable cells in
 * the tracking area. Rejects before security are accepted unprotected (4.4.4.2), so a rogue eNodeB
 * can send them to push a UE down to 2G or off the network.
 */
public final class LteRejectCause extends SignatureDetector {
    public LteRejectCause() {
        super("LTE-REJECT-CAUSE", 1, Severity.MEDIUM,
                "Attach/TAU/Service Reject with an EMM cause that disables LTE",
                "Rayhunter diagnostic; CellGuard reject packets; TS 24.301 5.5.1.2.5, 5.5.3.2.5, 5.6.1.5");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.list("causes", List.of("3", "6", "7", "8", "14", "15"),
                "EMM causes flagged (TS 24.301 9.9.3.9)"));
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        List<String> causes = settings.list("causes");
        List<Evidence> evidence = null;
        for (ProbeTransaction transaction : cell.transactions()) {
            for (DedicatedStep step : transaction.transaction().steps()) {
                int cause = cause(NasSteps.message(step));
                if (cause < 0 || !causes.contains(String.valueOf(cause))) {
                    continue;
                }
                if (evidence == null) {
                    evidence = new ArrayList<>();
                }
                evidence.add(transaction.evidence(step, "nas_eps.emm.cause", cause,
                        "no reject with #" + cause + " " + EmmCauses.name(cause)));
            }
        }
        return evidence == null ? List.of()
                : oneFinding(cell, settings, evidence.size() + " reject(s) with a cause that disables LTE", evidence);
    }

    /** The EMM cause of a reject, or -1 for any other message. */
    private static int cause(NasMessage message) {
        if (message instanceof EmmAttachReject reject) {
            return reject.emmCause();
        }
        if (message instanceof EmmTrackingAreaUpdateReject reject) {
            return reject.emmCause();
        }
        if (message instanceof EmmServiceReject reject) {
            return reject.emmCause();
        }
        return -1;
    }
}

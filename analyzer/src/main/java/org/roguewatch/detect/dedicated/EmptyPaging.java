package org.roguewatch.detect.dedicated;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.ProbeTransaction;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.gsm.rr.ChannelRelease;
import org.roguewatch.gsm.rr.PagingResponse;
import org.roguewatch.gsm.rr.RrMessage;
import org.roguewatch.gsm.rr.CipheringModeCommand;
import org.roguewatch.observe.DedicatedStep;
import org.roguewatch.observe.DedicatedTransaction;
import org.roguewatch.registry.Severity;

/**
 * GSM-EMPTY-PAGING: a phone answers a page and is released with nothing done — no authentication,
 * ciphering, SMS or call. Paging a subscriber just to see where it answers is how a catcher or a
 * silent-location service confirms a target's presence.
 */
public final class EmptyPaging extends SignatureDetector {
    public EmptyPaging() {
        super("GSM-EMPTY-PAGING", 1, Severity.LOW, "paging answered, then release with no auth, cipher, SMS or call",
                "SnoopSnitch T3; TS 44.018 3.3.2");
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        List<Evidence> evidence = null;
        for (ProbeTransaction probeTransaction : cell.transactions()) {
            DedicatedTransaction transaction = probeTransaction.transaction();
            if (!transaction.released() || !(transaction.steps().get(0).message() instanceof PagingResponse)
                    || !nothingDone(transaction)) {
                continue;
            }
            if (evidence == null) {
                evidence = new ArrayList<>();
            }
            DedicatedStep response = transaction.steps().get(0);
            DedicatedStep release = transaction.first(ChannelRelease.class).orElseThrow();
            evidence.add(probeTransaction.evidence(response, "gsm_a.dtap.msg_rr_type", 0x27,
                    "a paged phone is authenticated, ciphered or served"));
            evidence.add(probeTransaction.evidence(release, "gsm_a.dtap.msg_rr_type", 0x0d,
                    "release after a service, not right after the paging response"));
        }
        return evidence == null ? List.of()
                : oneFinding(cell, settings, "paging answered and released with nothing done", evidence);
    }

    /** Only RR housekeeping (no ciphering) between the paging response and the release. */
    private static boolean nothingDone(DedicatedTransaction transaction) {
        for (DedicatedStep step : transaction.steps()) {
            if (!(step.message() instanceof RrMessage) || step.message() instanceof CipheringModeCommand) {
                return false;
            }
        }
        return true;
    }
}

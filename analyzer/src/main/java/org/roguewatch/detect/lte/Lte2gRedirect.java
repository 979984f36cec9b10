package org.roguewatch.detect.lte;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.ParameterSpec;
import org.roguewatch.detect.ProbeTransaction;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.lte.rrc.RedirectedCarrierInfo;
import org.roguewatch.lte.rrc.RrcConnectionRelease;
import org.roguewatch.observe.DedicatedStep;
import org.roguewatch.registry.Severity;

/**
 * LTE-2G-REDIRECT: an RRCConnectionRelease whose redirectedCarrierInfo (TS 36.331 5.3.8.3, 6.2.2)
 * sends the UE to GERAN, where a fake base station needs no mutual authentication. Releases are
 * sent before security may be active (5.3.8.2), so a rogue eNodeB can send one unauthenticated.
 */
public final class Lte2gRedirect extends SignatureDetector {
    public Lte2gRedirect() {
        super("LTE-2G-REDIRECT", 1, Severity.HIGH,
                "RRCConnectionRelease redirecting the UE to GERAN",
                "Rayhunter \"Connection Release / Redirected Carrier 2G Downgrade\"; TS 36.331 5.3.8.3");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.list("rats", List.of("GERAN"),
                "redirection targets flagged (EUTRA, GERAN, UTRA_FDD, UTRA_TDD, CDMA2000_HRPD, CDMA2000_1XRTT, NR)"));
    }

    /** The ASN.1 name of the RedirectedCarrierInfo alternative (TS 36.331 6.2.2). */
    static String choiceName(RedirectedCarrierInfo.Rat rat) {
        return switch (rat) {
            case EUTRA -> "eutra";
            case GERAN -> "geran";
            case UTRA_FDD -> "utra-FDD";
            case UTRA_TDD -> "utra-TDD";
            case CDMA2000_HRPD -> "cdma2000-HRPD";
            case CDMA2000_1XRTT -> "cdma2000-1xRTT";
            case NR -> "nr-r15";
            case OTHER -> rat.name().toLowerCase(Locale.ROOT);
        };
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        List<String> flagged = settings.list("rats");
        List<Evidence> evidence = null;
        for (ProbeTransaction transaction : cell.transactions()) {
            for (DedicatedStep step : transaction.transaction().steps()) {
                if (!(step.message() instanceof RrcConnectionRelease release)) {
                    continue;
                }
                RedirectedCarrierInfo target = release.redirectedCarrierInfo();
                if (target == null || !flagged.contains(target.rat().name())) {
                    continue;
                }
                if (evidence == null) {
                    evidence = new ArrayList<>();
                }
                // tshark names the CHOICE alternative (geran, utra-FDD, ...) and shows the first carrier.
                evidence.add(transaction.evidence(step, "lte-rrc.redirectedCarrierInfo", choiceName(target.rat()),
                        "no redirection, or to another LTE carrier"));
                if (target.rat() == RedirectedCarrierInfo.Rat.GERAN && !target.carriers().isEmpty()) {
                    evidence.add(transaction.evidence(step, "lte-rrc.startingARFCN", target.carriers().get(0),
                            "no GERAN carrier"));
                }
            }
        }
        return evidence == null ? List.of()
                : oneFinding(cell, settings, "connection released with a redirection to 2G", evidence);
    }
}

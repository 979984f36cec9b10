package org.roguewatch.detect.fm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.roguewatch.detect.Evidence;
import org.roguewatch.registry.FmLicence;
import org.roguewatch.registry.Severity;
import org.roguewatch.spectrumobs.SpectrumObservation;

/**
 * FM-UNLICENSED-CARRIER: a carrier in 87.5–108 MHz with no licence on its channel, or whose channel's
 * licensed transmitter cannot be what a probe hears (predicted below {@link FmContext#RECEIVABLE_DBM}
 * there: a pirate reusing a distant station's frequency).
 */
public final class UnlicensedCarrier extends FmSignature {
    public UnlicensedCarrier() {
        super("FM-UNLICENSED-CARRIER", 1, Severity.HIGH,
                "a carrier in 87.5-108 MHz with no licensed station on that channel receivable at this probe",
                "regulators' licence-database comparison (R&S ARGUS reference spectra)");
    }

    @Override
    public List<FmFinding> findings(FmCarrier carrier, FmContext context) {
        if (carrier.fmChannelHz() == 0) {
            return List.of();
        }
        FmLicence licence = carrier.licence();
        List<Evidence> evidence = new ArrayList<>();
        if (licence == null) {
            FmLicence nearest = carrier.nearest();
            String expected = nearest == null ? "a licensed frequency (the register is empty)"
                    : String.format(Locale.ROOT, "a licensed frequency; nearest %s, %+.1f kHz away", nearest.label(),
                            (nearest.frequencyHz() - carrier.frequencyHz()) / 1e3);
            for (SpectrumObservation seen : carrier.observations()) {
                evidence.add(FmDetector.evidence(seen, "frequencyHz", seen.frequencyHz(), expected));
            }
            return finding(carrier, String.format(Locale.ROOT, "%s: no licensed station on this channel",
                    carrier.label()), evidence);
        }
        for (SpectrumObservation seen : carrier.observations()) {
            double predicted = context.predictedDbm(licence, seen.probeId());
            if (!(predicted < FmContext.RECEIVABLE_DBM)) {
                return List.of(); // the licensed station reaches a probe that hears it: its own signal
            }
            evidence.add(FmDetector.evidence(seen, "levelDbm", round(seen.meanLevelDbm()),
                    String.format(Locale.ROOT, "%s not receivable here: predicted %.1f dBm at %.1f km",
                            licence.label(), predicted, context.distanceM(licence, seen.probeId()) / 1e3)));
        }
        return finding(carrier, String.format(Locale.ROOT, "%s heard where its licensed station (%s) cannot reach",
                carrier.label(), licence.source()), evidence);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}

package org.roguewatch.detect.fm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.roguewatch.detect.Evidence;
import org.roguewatch.registry.FmLicence;
import org.roguewatch.registry.Severity;
import org.roguewatch.spectrumobs.SpectrumObservation;

/**
 * FM-EXCESS-LEVEL: a licensed channel received far above what its licence (ERP, site, antenna
 * height) predicts at the probes, with the path-loss model fitted to the licensed stations. The
 * median excess over the probes decides, so one probe's favourable shadowing (σ of several dB)
 * flags nothing while a transmitter run above its licensed power shows at every probe.
 */
public final class ExcessLevel extends FmSignature {
    /** Median excess, in dB, that flags: about three σ of urban shadowing. */
    static final double EXCESS_DB = 20;

    public ExcessLevel() {
        super("FM-EXCESS-LEVEL", 1, Severity.MEDIUM,
                "level far above what the licence (ERP, site) predicts at this probe",
                "licence comparison; log-distance path loss fitted to the licensed stations");
    }

    @Override
    public List<FmFinding> findings(FmCarrier carrier, FmContext context) {
        FmLicence licence = carrier.licence();
        if (licence == null) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>();
        double[] excess = new double[carrier.observations().size()];
        int n = 0;
        boolean receivable = false;
        for (SpectrumObservation seen : carrier.observations()) {
            double predicted = context.predictedDbm(licence, seen.probeId());
            if (Double.isNaN(predicted)) {
                continue;
            }
            receivable |= predicted >= FmContext.RECEIVABLE_DBM;
            excess[n++] = seen.meanLevelDbm() - predicted;
            evidence.add(FmDetector.evidence(seen, "levelDbm", UnlicensedCarrier.round(seen.meanLevelDbm()),
                    String.format(Locale.ROOT, "about %.1f dBm (%s: EIRP %.1f dBm, %.1f km, n %.2f)", predicted,
                            licence.label(), licence.eirpDbm(), context.distanceM(licence, seen.probeId()) / 1e3,
                            context.calibration().model().exponent())));
        }
        if (n == 0 || !receivable) {
            return List.of();
        }
        double[] sorted = Arrays.copyOf(excess, n);
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        if (median < EXCESS_DB) {
            return List.of();
        }
        return finding(carrier, String.format(Locale.ROOT, "%s received %.1f dB above its licence's prediction"
                + " (median over %d probe(s))", licence.label(), median, n), evidence);
    }
}

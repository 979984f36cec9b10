package org.roguewatch.detect.fm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.roguewatch.detect.Evidence;
import org.roguewatch.registry.FmLicence;
import org.roguewatch.registry.Severity;
import org.roguewatch.spectrumobs.SpectrumObservation;

/**
 * FM-OFF-FREQUENCY: a licensed channel's carrier further from the licensed frequency than the
 * licence's tolerance. The offset is the mean over the probes weighted by the spectra each saw it
 * in, so one probe's noisy estimate does not decide, and it must pass the tolerance by more than
 * the probes' disagreement ({@link #margin}).
 */
public final class OffFrequency extends FmSignature {
    public OffFrequency() {
        super("FM-OFF-FREQUENCY", 1, Severity.MEDIUM, "a licensed channel's carrier offset beyond tolerance",
                "ARGUS emission-parameter monitoring; ITU-R RR Appendix 2 (frequency tolerances)");
    }

    @Override
    public List<FmFinding> findings(FmCarrier carrier, FmContext context) {
        FmLicence licence = carrier.licence();
        if (licence == null || Math.abs(carrier.offsetFromLicenceHz()) <= licence.toleranceHz() + margin(carrier)) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>();
        String expected = String.format(Locale.ROOT, "%d Hz ± %d Hz (%s)", licence.frequencyHz(),
                licence.toleranceHz(), licence.source());
        for (SpectrumObservation seen : carrier.observations()) {
            evidence.add(FmDetector.evidence(seen, "frequencyHz", seen.frequencyHz(), expected));
        }
        return finding(carrier, String.format(Locale.ROOT, "%s carrier %+d Hz off its licensed frequency (tolerance"
                + " ±%d Hz)", licence.label(), carrier.offsetFromLicenceHz(), licence.toleranceHz()), evidence);
    }

    /**
     * How far the probes' estimates leave the mean uncertain: twice the standard error of their
     * spread, so an offset just past the tolerance that the probes disagree about is not flagged.
     */
    static double margin(FmCarrier carrier) {
        int n = carrier.observations().size();
        if (n < 2) {
            return 0;
        }
        double mean = 0;
        for (SpectrumObservation seen : carrier.observations()) {
            mean += seen.frequencyHz();
        }
        mean /= n;
        double squares = 0;
        for (SpectrumObservation seen : carrier.observations()) {
            squares += (seen.frequencyHz() - mean) * (seen.frequencyHz() - mean);
        }
        return 2 * Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
    }
}

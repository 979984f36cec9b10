package org.roguewatch.broadcast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.roguewatch.detect.fm.FmFinding;
import org.roguewatch.spectrum.sigmf.SigmfAnnotation;
import org.roguewatch.spectrumobs.SpectrumObservation;
import org.roguewatch.spectrumobs.SpectrumReading;

/**
 * SigMF annotations for the carriers found in one recording: the samples from the first to the last
 * frame the carrier was in, its occupied band, a label with its frequency and licence status, and the
 * verdict and signatures as the comment.
 */
final class CarrierAnnotations {
    private CarrierAnnotations() {
    }

    static List<SigmfAnnotation> of(SpectrumReading recording, List<FmAssessment> assessed) {
        List<SigmfAnnotation> out = new ArrayList<>();
        for (FmAssessment assessment : assessed) {
            for (SpectrumObservation seen : assessment.carrier().observations()) {
                if (!seen.first().isSampleRange() || !seen.source().equals(seen.first().source())
                        || !recording.observations().contains(seen)) {
                    continue;
                }
                long start = seen.first().sampleStart();
                long end = seen.last().sampleStart() + seen.last().sampleCount();
                String status = assessment.licensed() ? "licensed " + assessment.carrier().licence().station()
                        : "unlicensed";
                List<String> signatures = assessment.findings().stream().map(FmFinding::signature).toList();
                out.add(new SigmfAnnotation(start, end - start, seen.lowerEdgeHz(), seen.upperEdgeHz(),
                        String.format(Locale.ROOT, "%s %s", assessment.carrier().label(), status),
                        String.format(Locale.ROOT, "%s: %s; carrier %d Hz, %.1f dBm, %.0f kHz wide", assessment.verdict()
                                .jsonName(), signatures.isEmpty() ? "no findings" : String.join(", ", signatures),
                                seen.frequencyHz(), seen.meanLevelDbm(), seen.bandwidthHz() / 1e3)));
            }
        }
        return out;
    }
}

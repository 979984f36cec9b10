package org.roguewatch.broadcast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.roguewatch.detect.fm.FmCarrier;
import org.roguewatch.detect.fm.FmContext;
import org.roguewatch.registry.FmLicence;
import org.roguewatch.registry.FmLicences;
import org.roguewatch.spectrum.detect.FmRaster;
import org.roguewatch.spectrumobs.SpectrumObservation;

/**
 * Joins the probes' observations of one carrier: sorted by frequency, an observation joins the
 * group whose mean lies within {@value #JOIN_HZ} Hz (a quarter of the raster; two stations are at
 * least a channel apart), and each group is attributed to the licence of its channel.
 */
final class FmCarrierGrouping {
    static final long JOIN_HZ = FmRaster.STEP_HZ / 4;

    private FmCarrierGrouping() {
    }

    static List<FmCarrier> group(List<SpectrumObservation> observations, FmLicences licences, FmContext positions) {
        List<SpectrumObservation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparingLong(SpectrumObservation::frequencyHz));
        List<List<SpectrumObservation>> groups = new ArrayList<>();
        for (SpectrumObservation observation : sorted) {
            List<SpectrumObservation> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && Math.abs(observation.frequencyHz() - meanHz(last)) <= JOIN_HZ) {
                last.add(observation);
            } else {
                List<SpectrumObservation> group = new ArrayList<>();
                group.add(observation);
                groups.add(group);
            }
        }
        List<FmCarrier> carriers = new ArrayList<>(groups.size());
        for (List<SpectrumObservation> group : groups) {
            long hz = Math.round(meanHz(group));
            carriers.add(new FmCarrier(hz, FmRaster.nearestChannelHz(hz), group,
                    channelLicence(licences.near(hz, FmContext.CHANNEL_WINDOW_HZ), group, positions),
                    licences.nearest(hz)));
        }
        return carriers;
    }

    /**
     * Of the licences on a carrier's channel (one frequency is licensed to several distant sites), the
     * one predicted strongest where the carrier is heard best; by frequency when the probe's position
     * is unknown.
     */
    private static FmLicence channelLicence(List<FmLicence> onChannel, List<SpectrumObservation> group,
            FmContext positions) {
        if (onChannel.isEmpty()) {
            return null;
        }
        String probe = group.stream().max(Comparator.comparingDouble(SpectrumObservation::meanLevelDbm)).orElseThrow()
                .probeId();
        FmLicence best = onChannel.get(0);
        double bestDbm = positions.predictedDbm(best, probe);
        for (FmLicence licence : onChannel) {
            double predicted = positions.predictedDbm(licence, probe);
            if (predicted > bestDbm) {
                best = licence;
                bestDbm = predicted;
            }
        }
        return best;
    }

    /** Mean frequency weighted by the spectra each observation rests on. */
    private static double meanHz(List<SpectrumObservation> group) {
        double sum = 0;
        double weight = 0;
        for (SpectrumObservation observation : group) {
            double w = Math.max(1, observation.present());
            sum += w * observation.frequencyHz();
            weight += w;
        }
        return sum / weight;
    }
}

package org.roguewatch.detect.fm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.roguewatch.registry.FmLicence;
import org.roguewatch.spectrumobs.SpectrumObservation;

/**
 * One carrier as the whole fleet heard it: the probes' observations of it and the licence it is
 * attributed to.
 *
 * @param frequencyHz  mean of the probes' estimates, weighted by how often each saw it
 * @param fmChannelHz  nearest 100 kHz raster channel, 0 outside the FM band
 * @param observations one per probe and source, strongest first
 * @param licence      the licence of its channel (a licensed frequency within the channel window), or null
 * @param nearest      the nearest licence in frequency, whatever the distance, or null when the register is empty
 */
public record FmCarrier(long frequencyHz, long fmChannelHz, List<SpectrumObservation> observations, FmLicence licence,
        FmLicence nearest) {

    public FmCarrier {
        List<SpectrumObservation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparingDouble(SpectrumObservation::meanLevelDbm).reversed());
        observations = List.copyOf(sorted);
        if (observations.isEmpty()) {
            throw new IllegalArgumentException("a carrier needs at least one observation");
        }
    }

    /** The observation with the highest mean level. */
    public SpectrumObservation strongest() {
        return observations.get(0);
    }

    /** "FM 88.80 MHz" — how reports and locations name a carrier. */
    public String label() {
        return label(frequencyHz);
    }

    public static String label(long frequencyHz) {
        return String.format(Locale.ROOT, "FM %.2f MHz", frequencyHz / 1e6);
    }

    /** Carrier minus licensed frequency; 0 without a licence. */
    public long offsetFromLicenceHz() {
        return licence == null ? 0 : frequencyHz - licence.frequencyHz();
    }

    public List<String> probes() {
        return observations.stream().map(SpectrumObservation::probeId).distinct().toList();
    }
}

package org.roguewatch.spectrumobs;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.roguewatch.spectrum.rds.RdsResult;

/**
 * One carrier as one probe's spectrum source showed it over time: plain data, so it can travel from
 * probe to analyzer as it is.
 *
 * @param probeId       the probe
 * @param source        the sweep CSV or SigMF recording
 * @param frequencyHz   mean estimated carrier frequency
 * @param fmChannelHz   nearest 100 kHz FM raster channel, 0 outside the FM band
 * @param meanLevelDbm  mean level over the spectra it was in (averaged in dB), calibrated
 * @param maxLevelDbm   strongest level
 * @param bandwidthHz   mean 99 % occupied bandwidth
 * @param present       spectra it was detected in
 * @param covered       spectra that measured its frequency
 * @param firstSeen     first spectrum it was in (null when the source has no times)
 * @param lastSeen      last spectrum it was in
 * @param presentByHour spectra it was in, per UTC hour of day (24 entries)
 * @param coveredByHour spectra that measured its frequency, per UTC hour of day (24 entries)
 * @param aero          strongest aeronautical-band energy in the spectra it was in; null when not measured
 * @param strongest     the spectrum where its level was highest
 * @param first         the first spectrum it was in
 * @param last          the last spectrum it was in
 * @param rds           what its RDS said (PI code), for a carrier in a recording; null when not decoded (sweeps)
 */
public record SpectrumObservation(String probeId, String source, long frequencyHz, long fmChannelHz,
        double meanLevelDbm, double maxLevelDbm, double bandwidthHz, int present, int covered, Instant firstSeen,
        Instant lastSeen, List<Integer> presentByHour, List<Integer> coveredByHour, BandExcess aero,
        SpectrumEvidence strongest, SpectrumEvidence first, SpectrumEvidence last, RdsResult rds) {

    public SpectrumObservation {
        Objects.requireNonNull(probeId, "probeId");
        Objects.requireNonNull(source, "source");
        presentByHour = List.copyOf(presentByHour);
        coveredByHour = List.copyOf(coveredByHour);
    }

    /** Fraction of the spectra covering its frequency in which it was present (0..1). */
    public double occupancy() {
        return covered == 0 ? 0 : (double) present / covered;
    }

    /** The same observation with its RDS decode. */
    public SpectrumObservation withRds(RdsResult decoded) {
        return new SpectrumObservation(probeId, source, frequencyHz, fmChannelHz, meanLevelDbm, maxLevelDbm, bandwidthHz,
                present, covered, firstSeen, lastSeen, presentByHour, coveredByHour, aero, strongest, first, last,
                decoded);
    }

    /** Lower edge of the occupied band, centred on the carrier. */
    public long lowerEdgeHz() {
        return Math.round(frequencyHz - bandwidthHz / 2);
    }

    public long upperEdgeHz() {
        return Math.round(frequencyHz + bandwidthHz / 2);
    }

    public boolean inFmBand() {
        return fmChannelHz != 0;
    }
}

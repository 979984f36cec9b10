package org.roguewatch.spectrum.detect;

import java.time.Instant;

/**
 * A carrier found in one spectrum.
 *
 * @param frequencyHz  estimated carrier frequency: centroid of the noise-subtracted power
 * @param levelDbm     carrier power (noise subtracted, summed over its bins) with the probe's calibration
 * @param bandwidthHz  99 % occupied bandwidth (ITU-R SM.328: 0.5 % of the power outside each edge)
 * @param snrDb        carrier power over the noise power in the same bins
 * @param lowerEdgeHz  lower edge of the bins assigned to the carrier
 * @param upperEdgeHz  upper edge of the bins assigned to the carrier
 * @param peakDbm      strongest bin, calibrated
 * @param noiseDbm     mean local noise per bin under the carrier, calibrated
 * @param fmChannelHz  nearest FM raster channel, or 0 outside the FM band
 * @param time         the spectrum's time (may be null for a recording without core:datetime)
 */
public record Carrier(long frequencyHz, double levelDbm, double bandwidthHz, double snrDb, long lowerEdgeHz,
        long upperEdgeHz, double peakDbm, double noiseDbm, long fmChannelHz, Instant time) {

    /** Whether the carrier lies on the FM broadcast raster's band. */
    public boolean inFmBand() {
        return fmChannelHz != 0;
    }

    /** Offset from the nearest FM raster channel (0 outside the FM band). */
    public long channelOffsetHz() {
        return fmChannelHz == 0 ? 0 : frequencyHz - fmChannelHz;
    }
}

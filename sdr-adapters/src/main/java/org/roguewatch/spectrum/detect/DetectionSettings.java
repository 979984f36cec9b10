package org.roguewatch.spectrum.detect;

import java.util.List;
import java.util.Objects;

/**
 * Knobs of the {@link CarrierDetector}; frequencies in Hz, converted to bins per spectrum so the same
 * settings suit a 2 kHz PSD and a 20 kHz sweep.
 *
 * @param thresholdDb     a bin is occupied when its power exceeds the local noise estimate by this much
 * @param guardHz         CFAR guard on each side, left out of the noise estimate; more than half a carrier's width
 * @param trainingHz      CFAR training window on each side, averaged for the noise estimate
 * @param mode            how the two training windows combine
 * @param floorPercentile percentile of a band's bins taken as its noise floor (robust to the carriers in it)
 * @param floorBlockHz    outside the named bands, the floor is estimated per block of this width
 * @param edgeDb          a carrier extends outward while its bins stay this far above the noise
 * @param mergeGapHz      occupied runs separated by at most this are one carrier (tone FM has gaps between lines)
 * @param maxCarrierHz    a carrier wider than this is split at its deepest dip, if the dip is deep enough
 * @param splitDipDb      depth a dip needs, below the lower of the two peaks beside it, to split there
 * @param bands           bands whose energy is reported (and which get their own noise floor)
 */
public record DetectionSettings(double thresholdDb, double guardHz, double trainingHz, CfarMode mode,
        double floorPercentile, double floorBlockHz, double edgeDb, double mergeGapHz, double maxCarrierHz,
        double splitDipDb, List<Band> bands) {

    /** Defaults for broadcast FM and aeronautical energy. */
    public static final DetectionSettings DEFAULT = new DetectionSettings(10, 150_000, 250_000, CfarMode.SMALLEST_OF,
            25, 2_000_000, 3, 12_500, 300_000, 6, List.of(Band.FM_BROADCAST, Band.AERONAUTICAL));

    public DetectionSettings {
        bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
        Objects.requireNonNull(mode, "mode");
        if (!(thresholdDb > 0) || !(guardHz >= 0) || !(trainingHz > 0) || !(floorPercentile > 0 && floorPercentile < 100)
                || !(floorBlockHz > 0) || !(edgeDb >= 0) || !(mergeGapHz >= 0) || !(maxCarrierHz > 0)
                || !(splitDipDb > 0)) {
            throw new IllegalArgumentException("detection settings out of range: " + this);
        }
    }

    public DetectionSettings withThresholdDb(double value) {
        return new DetectionSettings(value, guardHz, trainingHz, mode, floorPercentile, floorBlockHz, edgeDb,
                mergeGapHz, maxCarrierHz, splitDipDb, bands);
    }

    public DetectionSettings withMode(CfarMode value) {
        return new DetectionSettings(thresholdDb, guardHz, trainingHz, value, floorPercentile, floorBlockHz, edgeDb,
                mergeGapHz, maxCarrierHz, splitDipDb, bands);
    }
}

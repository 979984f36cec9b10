package org.roguewatch.spectrum.detect;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One carrier followed over a sequence of spectra.
 *
 * @param frequencyHz     mean of its estimated frequencies
 * @param fmChannelHz     nearest FM raster channel of that mean, or 0 outside the FM band
 * @param firstSeen       time of the first spectrum it was in (null when spectra carry no time)
 * @param lastSeen        time of the last spectrum it was in
 * @param present         spectra it was detected in
 * @param covered         spectra that measured its frequency, whether it was there or not
 * @param maxLevelDbm     highest level seen
 * @param meanLevelDbm    mean of the levels seen, averaged in dB
 * @param presentByHour   spectra it was in, by UTC hour of day (index 0..23)
 * @param coveredByHour   spectra that measured its frequency, by UTC hour of day
 */
public record CarrierTrack(long frequencyHz, long fmChannelHz, Instant firstSeen, Instant lastSeen, int present,
        int covered, double maxLevelDbm, double meanLevelDbm, int[] presentByHour, int[] coveredByHour) {

    public CarrierTrack {
        presentByHour = presentByHour.clone();
        coveredByHour = coveredByHour.clone();
    }

    /** Fraction of the spectra covering its frequency in which it was present (0..1). */
    public double occupancy() {
        return covered == 0 ? 0 : (double) present / covered;
    }

    @Override
    public int[] presentByHour() {
        return presentByHour.clone();
    }

    @Override
    public int[] coveredByHour() {
        return coveredByHour.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CarrierTrack t && frequencyHz == t.frequencyHz && fmChannelHz == t.fmChannelHz
                && Objects.equals(firstSeen, t.firstSeen) && Objects.equals(lastSeen, t.lastSeen)
                && present == t.present && covered == t.covered
                && Double.compare(maxLevelDbm, t.maxLevelDbm) == 0 && Double.compare(meanLevelDbm, t.meanLevelDbm) == 0
                && Arrays.equals(presentByHour, t.presentByHour) && Arrays.equals(coveredByHour, t.coveredByHour);
    }

    @Override
    public int hashCode() {
        return Objects.hash(frequencyHz, fmChannelHz, firstSeen, lastSeen, present, covered, maxLevelDbm,
                meanLevelDbm, Arrays.hashCode(presentByHour), Arrays.hashCode(coveredByHour));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "CarrierTrack[%d Hz, present %d/%d (%.0f %%), %s..%s, max %.1f dBm]",
                frequencyHz, present, covered, 100 * occupancy(), firstSeen, lastSeen, maxLevelDbm);
    }
}

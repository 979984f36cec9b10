package org.roguewatch.spectrum.detect;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.roguewatch.spectrum.BinnedSpectrum;

/**
 * The noise floor of each bin: a low percentile of the bins of its band (a named band such as FM
 * broadcast, or else a fixed block), taken over dB values. A percentile ignores the carriers in the
 * band as long as they fill less of it than {@code 100 − p} percent. For averaged spectra (Welch,
 * rtl_power) bins scatter little and the floor sits within about a dB below the mean noise; for a
 * single periodogram the spread is wider and the floor lower, which only makes CFAR decide.
 */
final class NoiseFloor {
    /** A band with fewer measured bins than this takes the whole spectrum's floor. */
    static final int MIN_BINS = 16;

    private NoiseFloor() {
    }

    /** Floor per bin in dB ({@code NaN} only when the spectrum has no finite bin at all). */
    static double[] perBin(BinnedSpectrum spectrum, DetectionSettings settings) {
        double[] db = spectrum.db();
        int n = db.length;
        double[] floor = new double[n];
        double overall = percentile(db, 0, n, settings.floorPercentile());
        int start = 0;
        while (start < n) {
            Object key = bandKey(spectrum.frequencyHz(start), settings);
            int end = start + 1;
            while (end < n && key.equals(bandKey(spectrum.frequencyHz(end), settings))) {
                end++;
            }
            double value = percentile(db, start, end, settings.floorPercentile());
            Arrays.fill(floor, start, end, Double.isNaN(value) ? overall : value);
            start = end;
        }
        return floor;
    }

    /** The named band holding {@code hz}, else the index of its fixed block. */
    static Object bandKey(double hz, DetectionSettings settings) {
        for (Band band : settings.bands()) {
            if (band.contains(hz)) {
                return band;
            }
        }
        return (long) Math.floor(hz / settings.floorBlockHz());
    }

    /** Percentile of the finite values in {@code db[from, to)}; NaN when fewer than {@value #MIN_BINS}. */
    static double percentile(double[] db, int from, int to, double p) {
        double[] finite = new double[to - from];
        int count = 0;
        for (int i = from; i < to; i++) {
            if (Double.isFinite(db[i])) {
                finite[count++] = db[i];
            }
        }
        if (count < MIN_BINS) {
            return Double.NaN;
        }
        return new Percentile(p).evaluate(finite, 0, count);
    }
}

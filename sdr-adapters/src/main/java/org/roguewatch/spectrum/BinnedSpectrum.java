package org.roguewatch.spectrum;

import java.time.Instant;

/**
 * Power on a uniform frequency grid: bin {@code i} is centred on {@code firstBinHz() + i * binHz()}.
 * Values are in dB (dBFS for IQ recordings, the tool's relative dB for sweeps); {@code NaN} marks a
 * bin nobody measured (a gap between sweep hops, a malformed line), {@code -Infinity} zero power.
 */
public interface BinnedSpectrum {

    /** When the spectrum was measured (its first sample or row); may be {@code null} when unknown. */
    Instant time();

    /** Centre frequency of bin 0 in Hz. */
    double firstBinHz();

    /** Bin spacing in Hz, positive. */
    double binHz();

    /** The values; callers must not modify the array. */
    double[] db();

    default int bins() {
        return db().length;
    }

    default double frequencyHz(int bin) {
        return firstBinHz() + bin * binHz();
    }

    /** Centre of the last bin. */
    default double lastBinHz() {
        return frequencyHz(bins() - 1);
    }

    /** The bin whose centre is nearest {@code hz}, or -1 when {@code hz} lies outside the grid by more than half a bin. */
    default int binOf(double hz) {
        long bin = Math.round((hz - firstBinHz()) / binHz());
        return bin < 0 || bin >= bins() ? -1 : (int) bin;
    }
}

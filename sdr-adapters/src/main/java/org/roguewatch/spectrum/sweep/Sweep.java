package org.roguewatch.spectrum.sweep;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.spectrum.BinnedSpectrum;

/**
 * One complete pass of the tool over its frequency range, on one uniform grid sorted by frequency.
 *
 * @param time           the first row's time stamp
 * @param startHz        centre of bin 0, rounded to the Hz
 * @param binHz          bin spacing (the rows' step)
 * @param db             the bins in the tool's dB; {@code NaN} where no row covered the bin (a gap)
 * @param lastRowTime    the last row's time stamp (hackrf_sweep rows differ; rtl_power's are equal)
 * @param rows           rows merged into this sweep
 * @param unmeasuredBins bins left {@code NaN}
 * @param firstRow       where the sweep's first row came from, as evidence
 */
public record Sweep(Instant time, long startHz, double binHz, double[] db, Instant lastRowTime, int rows,
        int unmeasuredBins, FrameRef firstRow) implements BinnedSpectrum {

    public Sweep {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(db, "db");
    }

    @Override
    public double firstBinHz() {
        return startHz;
    }

    /** Centre of the last bin, rounded to the Hz. */
    public long stopHz() {
        return Math.round(lastBinHz());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sweep s && time.equals(s.time) && startHz == s.startHz
                && Double.compare(binHz, s.binHz) == 0 && Arrays.equals(db, s.db)
                && Objects.equals(lastRowTime, s.lastRowTime) && rows == s.rows
                && unmeasuredBins == s.unmeasuredBins && Objects.equals(firstRow, s.firstRow);
    }

    @Override
    public int hashCode() {
        return Objects.hash(time, startHz, binHz, Arrays.hashCode(db), lastRowTime, rows, unmeasuredBins, firstRow);
    }

    @Override
    public String toString() {
        return "Sweep[" + time + " " + startHz + ".." + stopHz() + " Hz, " + db.length + " bins of " + binHz
                + " Hz, " + rows + " rows, " + unmeasuredBins + " unmeasured, from " + firstRow + "]";
    }
}

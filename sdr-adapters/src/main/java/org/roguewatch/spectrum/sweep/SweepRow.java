package org.roguewatch.spectrum.sweep;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.roguewatch.capture.FrameRef;

/**
 * One CSV line: one hop (rtl_power) or one quarter-band (hackrf_sweep) of a sweep.
 *
 * @param time    the line's time stamp
 * @param hzLow   lower edge in Hz
 * @param hzHigh  upper edge in Hz
 * @param hzStep  bin width in Hz
 * @param samples the tool's samples field (rtl_power: FFTs averaged; hackrf_sweep: FFT size)
 * @param db      the bins in the tool's dB, lowest frequency first (rtl_power's repeated last value removed)
 * @param ref     file (or process run) and 1-based line number
 * @param tool    which program wrote it, which fixes where the bins sit
 */
public record SweepRow(Instant time, long hzLow, long hzHigh, double hzStep, int samples, double[] db, FrameRef ref,
        SweepTool tool) {

    public SweepRow {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(tool, "tool");
    }

    public int bins() {
        return db.length;
    }

    /** Centre frequency of bin {@code i} in Hz, by the tool's bin placement (see {@link SweepTool}). */
    public double binCentreHz(int i) {
        return hzLow + (i + tool.firstBinOffset()) * hzStep;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SweepRow r && time.equals(r.time) && hzLow == r.hzLow && hzHigh == r.hzHigh
                && Double.compare(hzStep, r.hzStep) == 0 && samples == r.samples && Arrays.equals(db, r.db)
                && Objects.equals(ref, r.ref) && tool == r.tool;
    }

    @Override
    public int hashCode() {
        return Objects.hash(time, hzLow, hzHigh, hzStep, samples, Arrays.hashCode(db), ref, tool);
    }

    @Override
    public String toString() {
        return "SweepRow[" + tool + " " + time + " " + hzLow + ".." + hzHigh + " step " + hzStep + ", " + db.length
                + " bins, " + ref + "]";
    }
}

package org.roguewatch.spectrumobs;

import java.time.Instant;
import java.util.Objects;

/**
 * Where in a spectrum source a value can be checked: a sweep CSV's line (the first row of the sweep
 * that showed it, 1-based as an editor numbers lines) or a SigMF recording's sample range.
 *
 * @param source      the file (a sweep CSV, or the recording's {@code .sigmf-data})
 * @param line        1-based line of the sweep's first row; 0 for a SigMF recording
 * @param time        the sweep's or the sample range's time; null when the source does not say
 * @param sampleStart first sample of the range (SigMF core:sample_start); -1 for a sweep
 * @param sampleCount samples in the range; 0 for a sweep
 */
public record SpectrumEvidence(String source, long line, Instant time, long sampleStart, long sampleCount) {
    public SpectrumEvidence {
        Objects.requireNonNull(source, "source");
    }

    public static SpectrumEvidence sweepLine(String source, long line, Instant time) {
        return new SpectrumEvidence(source, line, time, -1, 0);
    }

    public static SpectrumEvidence samples(String source, long sampleStart, long sampleCount, Instant time) {
        return new SpectrumEvidence(source, 0, time, sampleStart, sampleCount);
    }

    public boolean isSampleRange() {
        return sampleStart >= 0;
    }

    /** The position a finding's evidence names: the line of a sweep, the first sample of a recording. */
    public long position() {
        return isSampleRange() ? sampleStart : line;
    }

    @Override
    public String toString() {
        return isSampleRange() ? source + " samples " + sampleStart + "+" + sampleCount : source + ":" + line;
    }
}

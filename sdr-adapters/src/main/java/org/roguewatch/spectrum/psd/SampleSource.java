package org.roguewatch.spectrum.psd;

import java.io.IOException;

/**
 * Complex baseband samples scaled so that full scale is magnitude 1 (a full-scale complex tone is
 * 0 dBFS). Reads may come from several threads at once.
 */
public interface SampleSource {

    /** Number of complex samples available. */
    long samples();

    /** Samples per second. */
    double sampleRate();

    /**
     * Reads {@code count} samples starting at sample {@code first} into {@code re[0..count)} and
     * {@code im[0..count)}.
     */
    void read(long first, int count, double[] re, double[] im) throws IOException;
}

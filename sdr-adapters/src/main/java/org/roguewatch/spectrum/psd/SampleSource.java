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

    /**
     * Samples {@code [first, first + count)} held for cutting into segments. By default they are read
     * and decoded once into arrays; a source with a compact raw form (cu8 is 2 bytes a sample, a
     * decoded sample 16) may keep the raw bytes and decode per segment, which keeps a chunk in cache.
     * The chunk is used on the calling thread only, before that thread asks for the next one.
     */
    default SampleChunk chunk(long first, int count) throws IOException {
        double[] re = new double[count];
        double[] im = new double[count];
        read(first, count, re, im);
        return (offset, window, outRe, outIm) -> {
            for (int n = 0; n < window.length; n++) {
                outRe[n] = re[offset + n] * window[n];
                outIm[n] = im[offset + n] * window[n];
            }
        };
    }
}

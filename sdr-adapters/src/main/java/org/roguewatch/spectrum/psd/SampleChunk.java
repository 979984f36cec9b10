package org.roguewatch.spectrum.psd;

/** A run of samples read once, from which Welch cuts its overlapping, windowed segments. */
@FunctionalInterface
public interface SampleChunk {

    /**
     * Writes samples {@code [offset, offset + window.length)} of the chunk, each multiplied by its
     * window weight, into {@code re} and {@code im} from index 0.
     */
    void windowed(int offset, double[] window, double[] re, double[] im);
}

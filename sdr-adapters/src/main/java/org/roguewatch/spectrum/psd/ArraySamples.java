package org.roguewatch.spectrum.psd;

import java.util.Objects;

/** Samples held in memory, for tests and short buffers. */
public final class ArraySamples implements SampleSource {
    private final double[] re;
    private final double[] im;
    private final double sampleRate;

    public ArraySamples(double[] re, double[] im, double sampleRate) {
        if (re.length != im.length) {
            throw new IllegalArgumentException("re and im differ in length: " + re.length + " vs " + im.length);
        }
        this.re = Objects.requireNonNull(re, "re");
        this.im = Objects.requireNonNull(im, "im");
        this.sampleRate = sampleRate;
    }

    @Override
    public long samples() {
        return re.length;
    }

    @Override
    public double sampleRate() {
        return sampleRate;
    }

    @Override
    public SampleChunk chunk(long first, int count) {
        int base = Math.toIntExact(first);
        return (offset, window, outRe, outIm) -> {
            for (int n = 0; n < window.length; n++) {
                outRe[n] = re[base + offset + n] * window[n];
                outIm[n] = im[base + offset + n] * window[n];
            }
        };
    }

    @Override
    public void read(long first, int count, double[] reOut, double[] imOut) {
        System.arraycopy(re, Math.toIntExact(first), reOut, 0, count);
        System.arraycopy(im, Math.toIntExact(first), imOut, 0, count);
    }
}

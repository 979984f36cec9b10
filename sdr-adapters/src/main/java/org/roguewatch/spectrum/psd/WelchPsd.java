package org.roguewatch.spectrum.psd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;
import org.roguewatch.spectrum.Decibels;

/**
 * Welch's method: the samples are cut into segments of {@code fftSize} overlapping by half, each is
 * multiplied by a periodic Hann window and transformed, and the squared magnitudes are averaged. The
 * result is scaled by {@code 1 / (N · Σw²)}, which makes the bins sum to the mean power (Parseval),
 * and shifted so that bin 0 is the lowest frequency. The transform is Commons Math's
 * {@link FastFourierTransformer} or, by default, the faster {@link Radix4Fft} (see {@link FftEngine}).
 *
 * <p>Segments are independent, so chunks of them may be transformed on several cores; partial sums
 * are added in chunk order, so the result does not depend on the number of threads. Samples are
 * read chunk by chunk, never the whole file.
 */
public final class WelchPsd {
    public static final int MIN_FFT_SIZE = 16;
    public static final int MAX_FFT_SIZE = 1 << 20;
    /** Segments per task at most: large enough to amortise a read, small enough to balance two cores. */
    static final int SEGMENTS_PER_CHUNK = 128;
    /** Samples per task at most, which bounds a chunk's buffers for large FFTs. */
    static final int SAMPLES_PER_CHUNK = 1 << 18;
    /** Chunks summed per round, which bounds the partial sums held at once. */
    static final int CHUNKS_PER_ROUND = 64;

    private final int fftSize;
    private final int hop;
    private final int segmentsPerChunk;
    private final boolean parallel;
    private final FftEngine engine;
    private final Radix4Fft radix4;
    private final double[] window;
    private final double windowPower;

    /** A Welch estimator using all cores and the {@link FftEngine#RADIX4} transform. */
    public WelchPsd(int fftSize) {
        this(fftSize, true, FftEngine.RADIX4);
    }

    /** As {@link #WelchPsd(int, boolean, FftEngine)} with the {@link FftEngine#RADIX4} transform. */
    public WelchPsd(int fftSize, boolean parallel) {
        this(fftSize, parallel, FftEngine.RADIX4);
    }

    /**
     * @param fftSize  segment length, a power of two in [{@value #MIN_FFT_SIZE}, {@value #MAX_FFT_SIZE}]
     * @param parallel whether chunks of segments may run on the common fork-join pool
     * @param engine   which FFT transforms the segments
     */
    public WelchPsd(int fftSize, boolean parallel, FftEngine engine) {
        if (fftSize < MIN_FFT_SIZE || fftSize > MAX_FFT_SIZE || Integer.bitCount(fftSize) != 1) {
            throw new IllegalArgumentException("FFT size must be a power of two in [" + MIN_FFT_SIZE + ", "
                    + MAX_FFT_SIZE + "], got " + fftSize);
        }
        this.fftSize = fftSize;
        this.hop = fftSize / 2;
        this.segmentsPerChunk = Math.max(1, Math.min(SEGMENTS_PER_CHUNK, SAMPLES_PER_CHUNK / hop - 1));
        this.parallel = parallel;
        this.engine = java.util.Objects.requireNonNull(engine, "engine");
        this.radix4 = engine == FftEngine.RADIX4 ? new Radix4Fft(fftSize) : null;
        this.window = HannWindow.periodic(fftSize);
        double sum = 0;
        for (double w : window) {
            sum += w * w;
        }
        this.windowPower = sum;
    }

    public int fftSize() {
        return fftSize;
    }

    public FftEngine engine() {
        return engine;
    }

    /** Segments Welch averages over {@code samples} samples (0 when fewer than one FFT's worth). */
    public long segmentsIn(long samples) {
        return samples < fftSize ? 0 : (samples - fftSize) / hop + 1;
    }

    /**
     * The PSD of samples {@code [first, first + count)} of {@code source}.
     *
     * @param centreHz  frequency the receiver was tuned to (0 for baseband-relative bins)
     * @param startTime time of sample 0 of the source, or null when unknown
     * @throws IllegalArgumentException when the range is outside the source or shorter than one FFT
     */
    public PowerSpectrum compute(SampleSource source, long first, long count, double centreHz, Instant startTime)
            throws IOException {
        if (first < 0 || count < 0 || first + count > source.samples()) {
            throw new IllegalArgumentException("samples " + first + "+" + count + " outside 0.." + source.samples());
        }
        long segments = segmentsIn(count);
        if (segments == 0) {
            throw new IllegalArgumentException(count + " samples are fewer than one FFT of " + fftSize);
        }
        int chunks = (int) Math.min(Integer.MAX_VALUE, (segments + segmentsPerChunk - 1) / segmentsPerChunk);
        double[] total = new double[fftSize];
        try {
            for (int round = 0; round < chunks; round += CHUNKS_PER_ROUND) {
                int end = Math.min(chunks, round + CHUNKS_PER_ROUND);
                IntStream indices = IntStream.range(round, end);
                if (parallel) {
                    indices = indices.parallel();
                }
                List<double[]> partials = indices
                        .mapToObj(chunk -> chunk(source, first, segments, chunk))
                        .toList();
                for (double[] partial : partials) {
                    for (int k = 0; k < fftSize; k++) {
                        total[k] += partial[k];
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (radix4 != null) {
            double[] natural = new double[fftSize];
            for (int p = 0; p < fftSize; p++) {
                natural[radix4.frequencyAt(p)] = total[p];
            }
            total = natural;
        }
        double sampleRate = source.sampleRate();
        double scale = 1.0 / (segments * fftSize * windowPower);
        double[] db = new double[fftSize];
        for (int bin = 0; bin < fftSize; bin++) {
            // FFT index N/2 is the most negative frequency
            db[bin] = Decibels.fromPower(total[(bin + hop) % fftSize] * scale);
        }
        double binHz = sampleRate / fftSize;
        Instant time = startTime == null ? null
                : startTime.plus(Duration.ofNanos(Math.round(first / sampleRate * 1e9)));
        return new PowerSpectrum(time, centreHz - hop * binHz, binHz, db, fftSize, segments, first,
                (segments - 1) * hop + fftSize);
    }

    /** Sum of |X|² over one chunk's segments, in the engine's output order. */
    private double[] chunk(SampleSource source, long first, long segments, int chunk) {
        long firstSegment = (long) chunk * segmentsPerChunk;
        int count = (int) Math.min(segmentsPerChunk, segments - firstSegment);
        int samples = (count - 1) * hop + fftSize;
        SampleChunk block;
        try {
            block = source.chunk(first + firstSegment * hop, samples);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[][] fft = Workspace.get(fftSize);
        double[] re = fft[0];
        double[] im = fft[1];
        double[] sum = new double[fftSize];
        for (int s = 0; s < count; s++) {
            block.windowed(s * hop, window, re, im);
            if (radix4 != null) {
                radix4.transformAddingPower(re, im, sum);
                continue;
            }
            FastFourierTransformer.transformInPlace(fft, DftNormalization.STANDARD, TransformType.FORWARD);
            for (int k = 0; k < fftSize; k++) {
                sum[k] += re[k] * re[k] + im[k] * im[k];
            }
        }
        return sum;
    }

    /** Per-thread FFT buffers, reused across chunks and calls. */
    private static final class Workspace {
        private static final ThreadLocal<double[][]> CURRENT = new ThreadLocal<>();

        private Workspace() {
        }

        static double[][] get(int fftSize) {
            double[][] buffers = CURRENT.get();
            if (buffers == null || buffers[0].length != fftSize) {
                buffers = new double[2][fftSize];
                CURRENT.set(buffers);
            }
            return buffers;
        }
    }
}

package org.roguewatch.spectrum.psd;

/**
 * An in-place forward complex FFT, {@code X[k] = Σ x[n]·e^(−2πi·nk/N)}, by radix-4 decimation in
 * frequency with one final radix-2 stage when log2 N is odd. The output stays in the order the
 * stages leave it (digit-reversed): bin {@code frequencyAt(p)} is at position {@code p}. Welch sums
 * |X|² per position over many segments, so the order is fixed once at the end instead of per FFT.
 *
 * <p>One radix-4 stage splits each block of {@code m} into four of {@code q = m/4}:
 * {@code X[4k₁ + k₂] = Σ_{n₁} W_m^{n₁k₂} (Σ_{n₂} x[n₁ + q·n₂] (−i)^{n₂k₂}) W_q^{n₁k₁}}, so it takes a
 * 4-point DFT across the four quarters, multiplies by {@code W_m^{n₁k₂}} and leaves quarter
 * {@code k₂} to the next stage (Van Loan, Computational Frameworks for the FFT, §1.4 and §2.2).
 */
final class Radix4Fft {
    private final int size;
    private final double[][] cos1;
    private final double[][] sin1;
    private final double[][] cos2;
    private final double[][] sin2;
    private final double[][] cos3;
    private final double[][] sin3;
    private final int[] frequencyAt;

    Radix4Fft(int size) {
        if (size < 1 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("FFT size must be a power of two, got " + size);
        }
        this.size = size;
        int stages = 0;
        for (int m = size; m >= 4; m >>= 2) {
            stages++;
        }
        cos1 = new double[stages][];
        sin1 = new double[stages][];
        cos2 = new double[stages][];
        sin2 = new double[stages][];
        cos3 = new double[stages][];
        sin3 = new double[stages][];
        int stage = 0;
        for (int m = size; m >= 4; m >>= 2, stage++) {
            int q = m / 4;
            cos1[stage] = new double[q];
            sin1[stage] = new double[q];
            cos2[stage] = new double[q];
            sin2[stage] = new double[q];
            cos3[stage] = new double[q];
            sin3[stage] = new double[q];
            for (int k = 0; k < q; k++) {
                double angle = -2 * Math.PI * k / m;
                cos1[stage][k] = Math.cos(angle);
                sin1[stage][k] = Math.sin(angle);
                cos2[stage][k] = Math.cos(2 * angle);
                sin2[stage][k] = Math.sin(2 * angle);
                cos3[stage][k] = Math.cos(3 * angle);
                sin3[stage][k] = Math.sin(3 * angle);
            }
        }
        frequencyAt = new int[size];
        for (int p = 0; p < size; p++) {
            frequencyAt[p] = frequency(p, size);
        }
    }

    int size() {
        return size;
    }

    /** The frequency index (0..N−1, natural DFT order) whose value the transform leaves at {@code position}. */
    int frequencyAt(int position) {
        return frequencyAt[position];
    }

    /** Position {@code p} of a block of {@code m} holds bin {@code r·(bin of p mod q in the sub-block) + p div q}. */
    private static int frequency(int position, int m) {
        if (m == 1) {
            return 0;
        }
        int radix = m >= 4 ? 4 : 2;
        int q = m / radix;
        return radix * frequency(position % q, q) + position / q;
    }

    /** Transforms {@code re}/{@code im} (length {@link #size()}) in place; output in {@link #frequencyAt} order. */
    void transform(double[] re, double[] im) {
        finish(re, im, generalStages(re, im, 0), null);
    }

    /**
     * Transforms {@code re}/{@code im} and adds |X|² of each position to {@code sum}, squaring the last
     * stage's outputs as they are formed instead of storing them (Welch needs nothing else).
     */
    void transformAddingPower(double[] re, double[] im, double[] sum) {
        finish(re, im, generalStages(re, im, 0), sum);
    }

    /** Radix-4 stages with non-trivial twiddles (quarter length ≥ 2) from {@code first}; returns the block size left. */
    private int generalStages(double[] re, double[] im, int first) {
        int n = size;
        int m = n >> (2 * first);
        for (int stage = first; m >= 8; m >>= 2, stage++) {
            int q = m >> 2;
            double[] c1 = cos1[stage];
            double[] s1 = sin1[stage];
            double[] c2 = cos2[stage];
            double[] s2 = sin2[stage];
            double[] c3 = cos3[stage];
            double[] s3 = sin3[stage];
            for (int block = 0; block < n; block += m) {
                for (int k = 0; k < q; k++) {
                    int i0 = block + k;
                    int i1 = i0 + q;
                    int i2 = i1 + q;
                    int i3 = i2 + q;
                    butterfly(re, im, i0, i1, i2, i3, re[i0], im[i0], re[i1], im[i1], re[i2], im[i2], re[i3], im[i3],
                            c1[k], s1[k], c2[k], s2[k], c3[k], s3[k]);
                }
            }
        }
        return m;
    }

    /**
     * The 4-point DFT across the quarters, times the twiddles: quarter 0 gets a0 + a2, quarter 1
     * (a1 − i·a3)·W^k, quarter 2 (a0 − a2)·W^2k, quarter 3 (a1 + i·a3)·W^3k, where a0/a1 = x0 ± x2 and
     * a2/a3 = x1 ± x3.
     */
    private static void butterfly(double[] re, double[] im, int i0, int i1, int i2, int i3, double x0r, double x0i,
            double x1r, double x1i, double x2r, double x2i, double x3r, double x3i, double c1, double s1, double c2,
            double s2, double c3, double s3) {
        double a0r = x0r + x2r;
        double a0i = x0i + x2i;
        double a1r = x0r - x2r;
        double a1i = x0i - x2i;
        double a2r = x1r + x3r;
        double a2i = x1i + x3i;
        double a3r = x1r - x3r;
        double a3i = x1i - x3i;
        re[i0] = a0r + a2r;
        im[i0] = a0i + a2i;
        double t1r = a1r + a3i;
        double t1i = a1i - a3r;
        double t2r = a0r - a2r;
        double t2i = a0i - a2i;
        double t3r = a1r - a3i;
        double t3i = a1i + a3r;
        re[i1] = t1r * c1 - t1i * s1;
        im[i1] = t1r * s1 + t1i * c1;
        re[i2] = t2r * c2 - t2i * s2;
        im[i2] = t2r * s2 + t2i * c2;
        re[i3] = t3r * c3 - t3i * s3;
        im[i3] = t3r * s3 + t3i * c3;
    }

    /** The twiddle-free last stage (4-point, or 2-point when log2 N is odd); adds |X|² to {@code sum} when given. */
    private void finish(double[] re, double[] im, int m, double[] sum) {
        if (m == 4) {
            lastRadix4(re, im, sum);
        } else if (m == 2) {
            lastRadix2(re, im, sum);
        } else if (sum != null) {
            sum[0] += re[0] * re[0] + im[0] * im[0];
        }
    }

    private void lastRadix2(double[] re, double[] im, double[] sum) {
        for (int b = 0; b < size; b += 2) {
            double y0r = re[b] + re[b + 1];
            double y0i = im[b] + im[b + 1];
            double y1r = re[b] - re[b + 1];
            double y1i = im[b] - im[b + 1];
            if (sum == null) {
                re[b] = y0r;
                im[b] = y0i;
                re[b + 1] = y1r;
                im[b + 1] = y1i;
            } else {
                sum[b] += y0r * y0r + y0i * y0i;
                sum[b + 1] += y1r * y1r + y1i * y1i;
            }
        }
    }

    /** The 4-point stage, whose twiddles are all 1. */
    private void lastRadix4(double[] re, double[] im, double[] sum) {
        for (int b = 0; b < size; b += 4) {
            double a0r = re[b] + re[b + 2];
            double a0i = im[b] + im[b + 2];
            double a1r = re[b] - re[b + 2];
            double a1i = im[b] - im[b + 2];
            double a2r = re[b + 1] + re[b + 3];
            double a2i = im[b + 1] + im[b + 3];
            double a3r = re[b + 1] - re[b + 3];
            double a3i = im[b + 1] - im[b + 3];
            double y0r = a0r + a2r;
            double y0i = a0i + a2i;
            double y1r = a1r + a3i;
            double y1i = a1i - a3r;
            double y2r = a0r - a2r;
            double y2i = a0i - a2i;
            double y3r = a1r - a3i;
            double y3i = a1i + a3r;
            if (sum == null) {
                re[b] = y0r;
                im[b] = y0i;
                re[b + 1] = y1r;
                im[b + 1] = y1i;
                re[b + 2] = y2r;
                im[b + 2] = y2i;
                re[b + 3] = y3r;
                im[b + 3] = y3i;
            } else {
                sum[b] += y0r * y0r + y0i * y0i;
                sum[b + 1] += y1r * y1r + y1i * y1i;
                sum[b + 2] += y2r * y2r + y2i * y2i;
                sum[b + 3] += y3r * y3r + y3i * y3i;
            }
        }
    }
}

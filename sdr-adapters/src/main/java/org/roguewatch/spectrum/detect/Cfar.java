package org.roguewatch.spectrum.detect;

/**
 * Cell-averaging CFAR noise estimate per bin (Finn and Johnson, 1968; Richards, Fundamentals of
 * Radar Signal Processing, ch. 6): the mean power of {@code training} bins on each side, skipping
 * {@code guard} bins next to the cell so a carrier's own flanks do not count as noise. Means are in
 * linear power over finite bins only, from prefix sums, so the whole spectrum costs O(n).
 */
final class Cfar {
    private Cfar() {
    }

    /**
     * @param power linear power per bin; {@code NaN} bins are skipped
     * @return noise estimate per bin in linear power; {@code NaN} where neither window holds a measured bin
     */
    static double[] noise(double[] power, int guard, int training, CfarMode mode) {
        int n = power.length;
        double[] sum = new double[n + 1];
        int[] count = new int[n + 1];
        for (int i = 0; i < n; i++) {
            boolean finite = !Double.isNaN(power[i]) && !Double.isInfinite(power[i]);
            sum[i + 1] = sum[i] + (finite ? power[i] : 0);
            count[i + 1] = count[i] + (finite ? 1 : 0);
        }
        double[] noise = new double[n];
        for (int i = 0; i < n; i++) {
            int leadFrom = Math.max(0, i - guard - training);
            int leadTo = Math.max(0, i - guard);
            int lagFrom = Math.min(n, i + guard + 1);
            int lagTo = Math.min(n, i + guard + 1 + training);
            int leadCount = count[leadTo] - count[leadFrom];
            int lagCount = count[lagTo] - count[lagFrom];
            double leadSum = sum[leadTo] - sum[leadFrom];
            double lagSum = sum[lagTo] - sum[lagFrom];
            noise[i] = combine(leadSum, leadCount, lagSum, lagCount, mode);
        }
        return noise;
    }

    private static double combine(double leadSum, int leadCount, double lagSum, int lagCount, CfarMode mode) {
        if (leadCount == 0 && lagCount == 0) {
            return Double.NaN;
        }
        if (leadCount == 0) {
            return lagSum / lagCount;
        }
        if (lagCount == 0) {
            return leadSum / leadCount;
        }
        double lead = leadSum / leadCount;
        double lag = lagSum / lagCount;
        return switch (mode) {
            case CELL_AVERAGE -> (leadSum + lagSum) / (leadCount + lagCount);
            case SMALLEST_OF -> Math.min(lead, lag);
            case GREATEST_OF -> Math.max(lead, lag);
        };
    }
}

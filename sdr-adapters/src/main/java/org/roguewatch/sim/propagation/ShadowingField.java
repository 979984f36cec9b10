package org.roguewatch.sim.propagation;

import java.util.Random;
import org.roguewatch.sim.scenario.Xy;

/**
 * A zero-mean, unit-variance Gaussian random field over the plane whose correlation between two
 * points r apart is exp(-r / D): Gudmundson's shadowing model (Electronics Letters 27(23), 1991),
 * the same in every direction. It is synthesised spectrally, as a sum of {@value #TERMS} cosines
 * with random phases whose wave vectors are drawn from the 2-D spectrum of that correlation
 * (S(k) ∝ (1 + (kD)²)^(-3/2), whose radial distribution function is 1 - 1/√(1 + (kD)²)): the
 * field's covariance is exactly exp(-r / D) over realisations, every point has variance 1, and
 * by the central limit theorem its values are Gaussian to within 1/{@value #TERMS}. Defined
 * everywhere, without a grid; {@link StrictMath} keeps the values identical on every platform.
 */
public final class ShadowingField {
    static final int TERMS = 512;
    private static final double AMPLITUDE = Math.sqrt(2.0 / TERMS);

    private final double[] kx = new double[TERMS];
    private final double[] ky = new double[TERMS];
    private final double[] phase = new double[TERMS];
    /**
     * The last point asked for and its value: the sectors and carriers of one mast share this field,
     * so a moving receiver asks for the same point several times in a row (once per cell).
     */
    private double lastX = Double.NaN;
    private double lastY = Double.NaN;
    private double lastValue;

    public ShadowingField(double correlationDistanceM, Random random) {
        for (int i = 0; i < TERMS; i++) {
            double u = random.nextDouble();
            double k = StrictMath.sqrt(1 / ((1 - u) * (1 - u)) - 1) / correlationDistanceM;
            double direction = 2 * Math.PI * random.nextDouble();
            kx[i] = k * StrictMath.cos(direction);
            ky[i] = k * StrictMath.sin(direction);
            phase[i] = 2 * Math.PI * random.nextDouble();
        }
    }

    /** Not thread-safe (it remembers the last point). */
    public double valueAt(Xy point) {
        if (point.x() == lastX && point.y() == lastY) {
            return lastValue;
        }
        double sum = 0;
        for (int i = 0; i < TERMS; i++) {
            sum += StrictMath.cos(kx[i] * point.x() + ky[i] * point.y() + phase[i]);
        }
        lastX = point.x();
        lastY = point.y();
        lastValue = AMPLITUDE * sum;
        return lastValue;
    }
}

package org.roguewatch.sim.propagation;

import java.util.Random;
import org.roguewatch.sim.scenario.Area;
import org.roguewatch.sim.scenario.Xy;

/**
 * A zero-mean, unit-variance Gaussian field over the scenario's area with exponential spatial
 * correlation (Gudmundson, Electronics Letters 27(23), 1991: R(Δ) = exp(-Δ / D)). Built on a grid
 * by a first-order autoregressive filter along rows and then columns, each step with correlation
 * ρ = exp(-grid / D), which gives ρ^|i| ρ^|j| between nodes: exactly Gudmundson's curve along
 * either axis (slightly faster decorrelation diagonally). Between nodes the value is interpolated
 * bilinearly and divided by the interpolation's own standard deviation, so every point keeps
 * variance 1. Points beyond the grid take the nearest edge.
 */
public final class ShadowingField {
    /** Above this many nodes the grid is coarsened, to bound memory (16 MB per field). */
    static final int MAX_NODES = 1 << 22;

    private final double minX;
    private final double minY;
    private final double grid;
    private final int columns;
    private final int rows;
    private final double rho;
    private final float[] values;

    public ShadowingField(Area area, double gridM, double correlationDistanceM, Random random) {
        double spacing = Math.max(gridM, Math.sqrt(area.widthM() * area.heightM() / MAX_NODES));
        this.grid = spacing;
        this.minX = area.minX();
        this.minY = area.minY();
        this.columns = (int) Math.ceil(area.widthM() / spacing) + 1;
        this.rows = (int) Math.ceil(area.heightM() / spacing) + 1;
        this.rho = Math.exp(-spacing / correlationDistanceM);
        double innovation = Math.sqrt(1 - rho * rho);
        values = new float[columns * rows];
        double[] row = new double[columns];
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                double white = random.nextGaussian();
                row[i] = i == 0 ? white : rho * row[i - 1] + innovation * white;
            }
            for (int i = 0; i < columns; i++) {
                double value = j == 0 ? row[i] : rho * values[(j - 1) * columns + i] + innovation * row[i];
                values[j * columns + i] = (float) value;
            }
        }
    }

    /** The grid spacing actually used, metres. */
    public double gridM() {
        return grid;
    }

    public double valueAt(Xy point) {
        double gx = clamp((point.x() - minX) / grid, columns - 1);
        double gy = clamp((point.y() - minY) / grid, rows - 1);
        int i = Math.min((int) gx, columns - 2);
        int j = Math.min((int) gy, rows - 2);
        double fx = gx - i;
        double fy = gy - j;
        double v00 = values[j * columns + i];
        double v10 = values[j * columns + i + 1];
        double v01 = values[(j + 1) * columns + i];
        double v11 = values[(j + 1) * columns + i + 1];
        double interpolated = (1 - fy) * ((1 - fx) * v00 + fx * v10) + fy * ((1 - fx) * v01 + fx * v11);
        // The bilinear weights factor into x and y parts, and so does the node correlation, so the
        // variance of the interpolated value is the product of the two 1-D variances.
        double variance = spread(fx) * spread(fy);
        return interpolated / Math.sqrt(variance);
    }

    private double spread(double f) {
        return (1 - f) * (1 - f) + f * f + 2 * rho * f * (1 - f);
    }

    private static double clamp(double value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}

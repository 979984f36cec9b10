package org.roguewatch.locate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Joins time-windowed position estimates into a track: a constant-velocity Kalman filter (state
 * east, north and their velocities; white-acceleration process noise of spectral density q,
 * Bar-Shalom's discretisation) followed by the Rauch–Tung–Striebel smoother, since the whole
 * capture is at hand and every point may use later windows too.
 */
public final class TrackSmoother {
    /** Manoeuvres of a car in town: about 1 m/s² of unmodelled acceleration (q = a², m²/s³). */
    public static final double CAR_Q = 1;
    private static final double INITIAL_SPEED_SIGMA = 15;

    private final double q;

    public TrackSmoother(double q) {
        this.q = q;
    }

    /** @param fixes windowed estimates in time order (at least one) */
    public List<TrackFix> smooth(List<TrackFix> fixes) {
        int n = fixes.size();
        List<RealVector> predictedX = new ArrayList<>(n);
        List<RealMatrix> predictedP = new ArrayList<>(n);
        List<RealVector> filteredX = new ArrayList<>(n);
        List<RealMatrix> filteredP = new ArrayList<>(n);
        List<RealMatrix> transitions = new ArrayList<>(n);
        RealMatrix h = new Array2DRowRealMatrix(new double[][] {{1, 0, 0, 0}, {0, 1, 0, 0}});
        TrackFix first = fixes.get(0);
        RealVector x = new ArrayRealVector(new double[] {first.east(), first.north(), 0, 0});
        RealMatrix p = MatrixUtils.createRealDiagonalMatrix(new double[] {first.varEast(), first.varNorth(),
            INITIAL_SPEED_SIGMA * INITIAL_SPEED_SIGMA, INITIAL_SPEED_SIGMA * INITIAL_SPEED_SIGMA});
        p.setEntry(0, 1, first.covEastNorth());
        p.setEntry(1, 0, first.covEastNorth());
        for (int k = 0; k < n; k++) {
            TrackFix fix = fixes.get(k);
            RealMatrix f = MatrixUtils.createRealIdentityMatrix(4);
            if (k > 0) {
                double dt = Duration.between(fixes.get(k - 1).time(), fix.time()).toNanos() / 1e9;
                f = transition(dt);
                x = f.operate(x);
                p = f.multiply(p).multiply(f.transpose()).add(noise(dt));
            }
            transitions.add(f);
            predictedX.add(x);
            predictedP.add(p);
            if (k > 0) {
                RealMatrix r = new Array2DRowRealMatrix(new double[][] {{fix.varEast(), fix.covEastNorth()},
                    {fix.covEastNorth(), fix.varNorth()}});
                RealVector innovation = new ArrayRealVector(new double[] {fix.east(), fix.north()}).subtract(h.operate(x));
                RealMatrix s = h.multiply(p).multiply(h.transpose()).add(r);
                RealMatrix gain = p.multiply(h.transpose()).multiply(new LUDecomposition(s).getSolver().getInverse());
                x = x.add(gain.operate(innovation));
                p = MatrixUtils.createRealIdentityMatrix(4).subtract(gain.multiply(h)).multiply(p);
            }
            filteredX.add(x);
            filteredP.add(p);
        }
        RealVector[] smoothX = new RealVector[n];
        RealMatrix[] smoothP = new RealMatrix[n];
        smoothX[n - 1] = filteredX.get(n - 1);
        smoothP[n - 1] = filteredP.get(n - 1);
        for (int k = n - 2; k >= 0; k--) {
            RealMatrix f = transitions.get(k + 1);
            RealMatrix c = filteredP.get(k).multiply(f.transpose())
                    .multiply(new LUDecomposition(predictedP.get(k + 1)).getSolver().getInverse());
            smoothX[k] = filteredX.get(k).add(c.operate(smoothX[k + 1].subtract(predictedX.get(k + 1))));
            smoothP[k] = filteredP.get(k).add(c.multiply(smoothP[k + 1].subtract(predictedP.get(k + 1)))
                    .multiply(c.transpose()));
        }
        List<TrackFix> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            TrackFix fix = fixes.get(k);
            out.add(new TrackFix(fix.time(), smoothX[k].getEntry(0), smoothX[k].getEntry(1), smoothP[k].getEntry(0, 0),
                    smoothP[k].getEntry(1, 1), smoothP[k].getEntry(0, 1), fix.transmitDbm(), fix.crlbM()));
        }
        return out;
    }

    private static RealMatrix transition(double dt) {
        return new Array2DRowRealMatrix(new double[][] {{1, 0, dt, 0}, {0, 1, 0, dt}, {0, 0, 1, 0}, {0, 0, 0, 1}});
    }

    private RealMatrix noise(double dt) {
        double a = q * dt * dt * dt / 3;
        double b = q * dt * dt / 2;
        double c = q * dt;
        return new Array2DRowRealMatrix(new double[][] {{a, 0, b, 0}, {0, a, 0, b}, {b, 0, c, 0}, {0, b, 0, c}});
    }
}

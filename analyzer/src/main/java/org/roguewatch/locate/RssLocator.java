package org.roguewatch.locate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DiagonalMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * Maximum-likelihood localization from received levels: with Gaussian shadowing the likelihood is
 * maximal where the squared level residuals are least, so the unknowns (east, north, P_tx) are
 * fitted by Levenberg–Marquardt (Commons Math), started from every probe, the weighted centroid and
 * a grid so it does not stop in a local minimum, then refitted with Huber weights so one probe
 * whose level is off (blocked, saturated, misplaced) cannot drag the point. The 50 % and 95 %
 * ellipses come from the profile-likelihood region ({@link ProfileRegion}); the linearised covariance
 * at the solution, scaled by σ², is reported beside them.
 */
public final class RssLocator {
    /** Huber's tuning constant: 95 % efficiency under Gaussian errors. */
    private static final double HUBER_K = 1.345;
    private static final int GRID = 7;
    private static final int ROBUST_PASSES = 4;
    private static final double EQUAL_LEVELS_DB = 0.05;
    private static final double PLAUSIBLE_EIRP_MIN_DBM = 0;
    private static final double PLAUSIBLE_EIRP_MAX_DBM = 60;

    private final PathLossModel model;
    private final TransmitPrior prior;
    private final LeastSquaresOptimizer optimizer = new LevenbergMarquardtOptimizer();

    public RssLocator(PathLossModel model) {
        this(model, TransmitPrior.NONE);
    }

    public RssLocator(PathLossModel model, TransmitPrior prior) {
        this.model = model;
        this.prior = prior;
    }

    public PathLossModel model() {
        return model;
    }

    public LocateResult locate(List<Measurement> measurements) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Measurement m : measurements) {
            if (!Double.isFinite(m.levelDbm())) {
                return new LocateResult.Rejected(m.probeId(), "level " + m.levelDbm() + " is not a number");
            }
            if (!Double.isFinite(m.east()) || !Double.isFinite(m.north())) {
                return new LocateResult.Rejected(m.probeId(), "probe has no position");
            }
            if (!seen.add(m.probeId())) {
                return new LocateResult.Rejected(m.probeId(), "probe measured twice");
            }
            ids.add(m.probeId());
        }
        if (measurements.size() < 3) {
            return new LocateResult.Underdetermined(measurements.size() + " probe(s): at least 3 are needed to fix"
                    + " a point when the transmit power is unknown", region(measurements), ids);
        }
        if (levelSpread(measurements) < EQUAL_LEVELS_DB) {
            return new LocateResult.Underdetermined("all probes report the same level: no range information",
                    null, ids);
        }
        if (collinear(measurements)) {
            return new LocateResult.Underdetermined("the probes are (nearly) collinear: positions mirrored across"
                    + " their line fit equally well", null, ids);
        }
        double[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (double[] start : starts(measurements)) {
            double[] solution = fit(measurements, start, null);
            if (solution != null) {
                double cost = cost(measurements, solution, null);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = solution;
                }
            }
        }
        if (best == null) {
            return new LocateResult.Underdetermined("the fit did not converge from any start", null, ids);
        }
        double[] weights = new double[measurements.size()];
        java.util.Arrays.fill(weights, 1);
        int outlier = leaveOneOut(measurements, best);
        if (outlier >= 0) {
            weights[outlier] = 0;
            double[] refit = fit(measurements, best, weights);
            best = bestOf(measurements, weights, best, refit, fit(measurements, WeightedCentroid.of(measurements), weights));
        }
        for (int pass = 0; pass < ROBUST_PASSES; pass++) {
            double[] residuals = residuals(measurements, best);
            boolean changed = false;
            for (int i = 0; i < residuals.length; i++) {
                if (weights[i] == 0) {
                    continue; // left out: its level contradicts all the others
                }
                double limit = HUBER_K * model.sigmaDb();
                double weight = Math.abs(residuals[i]) <= limit ? 1 : limit / Math.abs(residuals[i]);
                changed |= Math.abs(weight - weights[i]) > 1e-3;
                weights[i] = weight;
            }
            if (!changed) {
                break;
            }
            double[] refit = fit(measurements, best, weights);
            if (refit != null) {
                best = refit;
            }
        }
        return new LocateResult.Located(estimate(measurements, best, weights, ids));
    }

    private LocationEstimate estimate(List<Measurement> measurements, double[] solution, double[] weights,
                                      List<String> ids) {
        RealMatrix jacobian = jacobian(measurements, solution);
        RealMatrix weighted = new DiagonalMatrix(weights).multiply(jacobian);
        RealMatrix normal = jacobian.transpose().multiply(weighted);
        normal.addToEntry(2, 2, prior.weight(model.sigmaDb())); // the prior's row of the Jacobian is (0, 0, 1)
        double[][] covariance = invert(normal.getData());
        double sigma2 = model.sigmaDb() * model.sigmaDb();
        double varEast = covariance == null ? Double.POSITIVE_INFINITY : covariance[0][0] * sigma2;
        double varNorth = covariance == null ? Double.POSITIVE_INFINITY : covariance[1][1] * sigma2;
        double cov = covariance == null ? 0 : covariance[0][1] * sigma2;
        double[] residuals = residuals(measurements, solution);
        double sum = 0;
        List<String> downweighted = new ArrayList<>();
        for (int i = 0; i < residuals.length; i++) {
            sum += residuals[i] * residuals[i];
            if (weights[i] < 1) {
                downweighted.add(measurements.get(i).probeId());
            }
        }
        return new LocationEstimate(solution[0], solution[1], solution[2], varEast, varNorth, cov,
                ProfileRegion.ellipse(measurements, weights, model, prior, solution[0], solution[1], Ellipse.CHI2_50),
                ProfileRegion.ellipse(measurements, weights, model, prior, solution[0], solution[1], Ellipse.CHI2_95),
                CramerRaoBound.rmsMetres(solution[0], solution[1], measurements, model),
                Math.sqrt(sum / residuals.length), ids, downweighted,
                prior.active() ? "rss-map-lm-huber" : "rss-ml-lm-huber", model);
    }

    /**
     * The leave-one-out check: with five probes or more, refit without each probe in turn; a probe
     * whose omission leaves the others consistent (RMS within σ and under half the full fit's)
     * while it misses that fit by more than 3.5 σ is left out. A wild level can otherwise pull the
     * whole fit toward itself and hide in a moderate RMS. Returns its index, or -1.
     */
    private int leaveOneOut(List<Measurement> measurements, double[] solution) {
        int n = measurements.size();
        double fullRms = Math.sqrt(cost(measurements, solution, null) / n);
        if (n < 5) {
            return -1;
        }
        int bestIndex = -1;
        double bestRms = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double[] weights = new double[n];
            java.util.Arrays.fill(weights, 1);
            weights[i] = 0;
            double[] fit = bestOf(measurements, weights, fit(measurements, solution, weights),
                    fit(measurements, WeightedCentroid.of(measurements), weights),
                    fit(measurements, new double[] {measurements.get(i == 0 ? 1 : 0).east() + 1,
                        measurements.get(i == 0 ? 1 : 0).north() + 1}, weights));
            if (fit == null) {
                continue;
            }
            double rms = Math.sqrt(cost(measurements, fit, weights) / (n - 1));
            double left = Math.abs(residuals(measurements, fit)[i]);
            if (rms < bestRms && left > 3.5 * model.sigmaDb()) {
                bestRms = rms;
                bestIndex = i;
            }
        }
        return bestRms <= model.sigmaDb() && bestRms < fullRms / 2 ? bestIndex : -1;
    }

    private double[] bestOf(List<Measurement> measurements, double[] weights, double[]... candidates) {
        double[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (double[] candidate : candidates) {
            if (candidate != null) {
                double cost = cost(measurements, candidate, weights);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = candidate;
                }
            }
        }
        return best;
    }

    /**
     * One Levenberg–Marquardt fit from a start, optionally with per-probe weights; null if it fails.
     * With a transmit prior the problem has one more row: P_tx itself, aimed at the prior mean.
     */
    private double[] fit(List<Measurement> measurements, double[] start, double[] weights) {
        int n = measurements.size();
        int rows = prior.active() ? n + 1 : n;
        double[] observed = new double[rows];
        double[] rowWeights = new double[rows];
        for (int i = 0; i < n; i++) {
            observed[i] = measurements.get(i).levelDbm();
            rowWeights[i] = weights == null ? 1 : weights[i];
        }
        if (prior.active()) {
            observed[n] = prior.meanDbm();
            rowWeights[n] = prior.weight(model.sigmaDb());
        }
        double[] initial = start.length == 3 ? start : new double[] {start[0], start[1], transmitFor(measurements, start)};
        MultivariateJacobianFunction function = point -> {
            double[] p = point.toArray();
            return new Pair<RealVector, RealMatrix>(new ArrayRealVector(withPrior(predicted(measurements, p), p), false),
                    withPrior(jacobian(measurements, p)));
        };
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(initial)
                .model(function)
                .target(observed)
                .lazyEvaluation(false)
                .maxEvaluations(1000)
                .maxIterations(200)
                .weight(new DiagonalMatrix(rowWeights))
                .build();
        try {
            double[] solution = optimizer.optimize(problem).getPoint().toArray();
            for (double v : solution) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
            return solution;
        } catch (RuntimeException e) {
            return null; // too many iterations or a singular step from this start; other starts remain
        }
    }

    private double[] withPrior(double[] predicted, double[] p) {
        if (!prior.active()) {
            return predicted;
        }
        double[] out = java.util.Arrays.copyOf(predicted, predicted.length + 1);
        out[predicted.length] = p[2];
        return out;
    }

    private RealMatrix withPrior(RealMatrix jacobian) {
        if (!prior.active()) {
            return jacobian;
        }
        double[][] rows = java.util.Arrays.copyOf(jacobian.getData(), jacobian.getRowDimension() + 1);
        rows[rows.length - 1] = new double[] {0, 0, 1};
        return new Array2DRowRealMatrix(rows, false);
    }

    private double[] predicted(List<Measurement> measurements, double[] p) {
        double[] out = new double[measurements.size()];
        for (int i = 0; i < out.length; i++) {
            Measurement m = measurements.get(i);
            out[i] = model.receivedDbm(p[2], Math.hypot(p[0] - m.east(), p[1] - m.north()));
        }
        return out;
    }

    private RealMatrix jacobian(List<Measurement> measurements, double[] p) {
        double k = 10 * model.exponent() / Math.log(10);
        double[][] rows = new double[measurements.size()][3];
        for (int i = 0; i < rows.length; i++) {
            Measurement m = measurements.get(i);
            double dx = p[0] - m.east();
            double dy = p[1] - m.north();
            double d2 = dx * dx + dy * dy;
            boolean clamped = d2 <= model.referenceMetres() * model.referenceMetres();
            rows[i][0] = clamped ? 0 : -k * dx / d2;
            rows[i][1] = clamped ? 0 : -k * dy / d2;
            rows[i][2] = 1;
        }
        return new Array2DRowRealMatrix(rows, false);
    }

    private double[] residuals(List<Measurement> measurements, double[] p) {
        double[] predicted = predicted(measurements, p);
        double[] out = new double[predicted.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = measurements.get(i).levelDbm() - predicted[i];
        }
        return out;
    }

    private double cost(List<Measurement> measurements, double[] p, double[] weights) {
        double sum = 0;
        double[] r = residuals(measurements, p);
        for (int i = 0; i < r.length; i++) {
            sum += (weights == null ? 1 : weights[i]) * r[i] * r[i];
        }
        double off = p.length > 2 ? p[2] - prior.meanDbm() : 0;
        return sum + prior.weight(model.sigmaDb()) * off * off;
    }

    /** The EIRP that best explains the levels if the emitter were at {east, north}. */
    private double transmitFor(List<Measurement> measurements, double[] at) {
        double sum = 0;
        for (Measurement m : measurements) {
            sum += m.levelDbm() + model.lossDb(Math.hypot(at[0] - m.east(), at[1] - m.north()));
        }
        double lambda = prior.weight(model.sigmaDb());
        return (sum + lambda * prior.meanDbm()) / (measurements.size() + lambda);
    }

    /** Starting points: near each probe, the weighted centroid, and a grid over the probes' area widened by half. */
    private static List<double[]> starts(List<Measurement> measurements) {
        List<double[]> out = new ArrayList<>();
        double minE = Double.POSITIVE_INFINITY;
        double maxE = Double.NEGATIVE_INFINITY;
        double minN = Double.POSITIVE_INFINITY;
        double maxN = Double.NEGATIVE_INFINITY;
        for (Measurement m : measurements) {
            minE = Math.min(minE, m.east());
            maxE = Math.max(maxE, m.east());
            minN = Math.min(minN, m.north());
            maxN = Math.max(maxN, m.north());
        }
        double[] centroid = WeightedCentroid.of(measurements);
        out.add(centroid);
        for (Measurement m : measurements) {
            out.add(new double[] {m.east() + 0.1 * (centroid[0] - m.east()) + 1, m.north() + 0.1 * (centroid[1] - m.north()) + 1});
        }
        double spanE = Math.max(maxE - minE, 1);
        double spanN = Math.max(maxN - minN, 1);
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                out.add(new double[] {minE - spanE / 4 + spanE * 1.5 * i / (GRID - 1),
                    minN - spanN / 4 + spanN * 1.5 * j / (GRID - 1)});
            }
        }
        return out;
    }

    private static double levelSpread(List<Measurement> measurements) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Measurement m : measurements) {
            min = Math.min(min, m.levelDbm());
            max = Math.max(max, m.levelDbm());
        }
        return max - min;
    }

    /** Collinear when the probes' smaller spread axis is under 2 % of the larger (or under a metre). */
    private static boolean collinear(List<Measurement> measurements) {
        double meanE = 0;
        double meanN = 0;
        for (Measurement m : measurements) {
            meanE += m.east();
            meanN += m.north();
        }
        meanE /= measurements.size();
        meanN /= measurements.size();
        double sEE = 0;
        double sNN = 0;
        double sEN = 0;
        for (Measurement m : measurements) {
            double e = m.east() - meanE;
            double n = m.north() - meanN;
            sEE += e * e;
            sNN += n * n;
            sEN += e * n;
        }
        double trace = sEE + sNN;
        double root = Math.sqrt(Math.max(0, trace * trace / 4 - (sEE * sNN - sEN * sEN)));
        double major = trace / 2 + root;
        double minor = trace / 2 - root;
        double minorSpread = Math.sqrt(Math.max(0, minor / measurements.size()));
        return minorSpread < 1 || minor < 4e-4 * major;
    }

    /** What one or two probes tell about the emitter. */
    private LocateResult.Region region(List<Measurement> measurements) {
        if (measurements.size() == 1) {
            Measurement m = measurements.get(0);
            return new LocateResult.Region(m.east(), m.north(), model.distanceFor(PLAUSIBLE_EIRP_MIN_DBM, m.levelDbm()),
                    model.distanceFor(PLAUSIBLE_EIRP_MAX_DBM, m.levelDbm()), "annulus for EIRP "
                    + (int) PLAUSIBLE_EIRP_MIN_DBM + ".." + (int) PLAUSIBLE_EIRP_MAX_DBM + " dBm");
        }
        if (measurements.size() == 2) {
            Measurement a = measurements.get(0);
            Measurement b = measurements.get(1);
            // d_a / d_b = 10^((P_b - P_a)/(10 n)) whatever P_tx is: an Apollonius circle (or the bisector when 1).
            double ratio = Math.pow(10, (b.levelDbm() - a.levelDbm()) / (10 * model.exponent()));
            if (Math.abs(ratio - 1) < 1e-6) {
                return null;
            }
            double k2 = ratio * ratio;
            double cx = (a.east() - k2 * b.east()) / (1 - k2);
            double cy = (a.north() - k2 * b.north()) / (1 - k2);
            double radius = ratio * Math.hypot(a.east() - b.east(), a.north() - b.north()) / Math.abs(1 - k2);
            return new LocateResult.Region(cx, cy, radius, radius, "Apollonius circle of the level difference");
        }
        return null;
    }

    private static double[][] invert(double[][] m) {
        try {
            return new org.apache.commons.math3.linear.LUDecomposition(new Array2DRowRealMatrix(m)).getSolver()
                    .getInverse().getData();
        } catch (RuntimeException e) {
            return null;
        }
    }
}

package org.roguewatch.locate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits PL(d0) and n of the log-distance model, and each probe's offset, to the levels at which the
 * probes hear the operator's own cells (sites and EIRPs from the plan): loss_ij = PL(d0) +
 * 10 n log10(d_ij/d0) + b_j, solved by alternating least squares (the line, then the per-probe mean
 * residuals, centred). σ is the residual standard deviation with the fitted parameters' degrees of
 * freedom removed. A fit needs at least {@value #MIN_POINTS} points spanning a factor of two in
 * distance and a physical exponent (1.5..6); otherwise the defaults stand and the note says why.
 */
public final class PathLossCalibrator {
    static final int MIN_POINTS = 5;
    private static final int MIN_POINTS_FOR_OFFSET = 3;
    private static final int ROUNDS = 20;
    private static final double MIN_EXPONENT = 1.5;
    private static final double MAX_EXPONENT = 6;
    private static final double MIN_SIGMA_DB = 1;

    private PathLossCalibrator() {
    }

    public static PathLossCalibration fit(List<CalibrationPoint> points, PathLossModel defaults) {
        if (points.size() < MIN_POINTS) {
            return unfitted(points, defaults, points.size() + " planned-cell level(s) heard; " + MIN_POINTS
                    + " are needed to fit the model");
        }
        double minD = Double.POSITIVE_INFINITY;
        double maxD = 0;
        for (CalibrationPoint p : points) {
            minD = Math.min(minD, p.distanceM());
            maxD = Math.max(maxD, p.distanceM());
        }
        if (maxD < 2 * minD) {
            return unfitted(points, defaults, "planned cells all at about the same distance from the probes:"
                    + " the exponent cannot be fitted");
        }
        double d0 = defaults.referenceMetres();
        Map<String, Integer> counts = new HashMap<>();
        points.forEach(p -> counts.merge(p.probeId(), 1, Integer::sum));
        Map<String, Double> offsets = new HashMap<>();
        double intercept = 0;
        double slope = 0;
        for (int round = 0; round < ROUNDS; round++) {
            double[] line = line(points, offsets, d0);
            intercept = line[0];
            slope = line[1];
            offsets = offsets(points, counts, intercept, slope, d0);
        }
        double exponent = slope / 10;
        if (!(exponent >= MIN_EXPONENT && exponent <= MAX_EXPONENT)) {
            return unfitted(points, defaults, String.format("the fitted exponent %.2f is not physical"
                    + " (levels inconsistent with the plan's sites and EIRPs?)", exponent));
        }
        List<Double> residuals = new ArrayList<>(points.size());
        double sum = 0;
        for (CalibrationPoint p : points) {
            double r = p.lossDb() - intercept - slope * Math.log10(Math.max(p.distanceM(), d0) / d0)
                    - offsets.getOrDefault(p.probeId(), 0.0);
            residuals.add(r);
            sum += r * r;
        }
        int parameters = 2 + offsets.size();
        double sigma = Math.max(MIN_SIGMA_DB, Math.sqrt(sum / Math.max(1, points.size() - parameters)));
        PathLossModel model = new PathLossModel(intercept, exponent, d0, sigma);
        return new PathLossCalibration(model, true, points, offsets, residuals, String.format(
                "fitted to %d planned-cell levels: PL(%.0f m) %.1f dB, n %.2f, σ %.1f dB", points.size(), d0,
                intercept, exponent, sigma));
    }

    private static PathLossCalibration unfitted(List<CalibrationPoint> points, PathLossModel defaults, String why) {
        return new PathLossCalibration(defaults, false, points, Map.of(), List.of(), why);
    }

    /** Least-squares line loss - offset = a + b·log10(d/d0). */
    private static double[] line(List<CalibrationPoint> points, Map<String, Double> offsets, double d0) {
        double n = points.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (CalibrationPoint p : points) {
            double x = Math.log10(Math.max(p.distanceM(), d0) / d0);
            double y = p.lossDb() - offsets.getOrDefault(p.probeId(), 0.0);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return new double[] {(sy - slope * sx) / n, slope};
    }

    /** Each probe's mean residual (probes with enough points), centred so the offsets sum to zero. */
    private static Map<String, Double> offsets(List<CalibrationPoint> points, Map<String, Integer> counts,
                                               double intercept, double slope, double d0) {
        Map<String, Double> sums = new HashMap<>();
        for (CalibrationPoint p : points) {
            if (counts.get(p.probeId()) >= MIN_POINTS_FOR_OFFSET) {
                double r = p.lossDb() - intercept - slope * Math.log10(Math.max(p.distanceM(), d0) / d0);
                sums.merge(p.probeId(), r, Double::sum);
            }
        }
        if (sums.size() < 2) {
            return Map.of(); // one probe's offset cannot be told apart from PL(d0)
        }
        Map<String, Double> out = new HashMap<>();
        double mean = 0;
        for (Map.Entry<String, Double> e : sums.entrySet()) {
            double offset = e.getValue() / counts.get(e.getKey());
            out.put(e.getKey(), offset);
            mean += offset;
        }
        double centre = mean / out.size();
        out.replaceAll((k, v) -> v - centre);
        return out;
    }
}

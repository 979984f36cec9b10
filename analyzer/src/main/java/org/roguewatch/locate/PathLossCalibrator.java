package org.roguewatch.locate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits PL(d0) and n of the log-distance model, and each probe's offset, to the levels at which the
 * probes hear the operator's own cells (sites and EIRPs from the plan): loss_ij = PL(d0) +
 * 10 n log10(d_ij/d0) + b_j, solved by alternating least squares (the line, then the per-probe mean
 * residuals, centred). σ is the residual standard deviation with the fitted parameters' degrees of
 * freedom removed. A fit needs at least {@value #MIN_POINTS} points spanning a factor of two in
 * distance and a physical exponent (1.5..6); otherwise the defaults stand and the note says why.
 *
 * <p>Far cells are heard only when their shadowing happens to be favourable (the others fall under
 * the receiver's sensitivity), so fitting every heard level flattens the slope. The fit is therefore
 * repeated on the cells the model itself expects to arrive at least 2 σ above the weakest level the
 * probes decode — a selection on distance, not on the level, which leaves the fit unbiased.
 */
public final class PathLossCalibrator {
    static final int MIN_POINTS = 5;
    private static final int MIN_POINTS_FOR_OFFSET = 3;
    private static final int ROUNDS = 20;
    private static final double MIN_EXPONENT = 1.5;
    private static final double MAX_EXPONENT = 6;
    private static final double MIN_SIGMA_DB = 1;
    private static final int CENSORING_PASSES = 3;

    private PathLossCalibrator() {
    }

    public static PathLossCalibration fit(List<CalibrationPoint> points, PathLossModel defaults) {
        if (points.size() < MIN_POINTS) {
            return unfitted(points, defaults, points.size() + " planned-cell level(s) heard; " + MIN_POINTS
                    + " are needed to fit the model");
        }
        if (spread(points) < 2) {
            return unfitted(points, defaults, "planned cells all at about the same distance from the probes:"
                    + " the exponent cannot be fitted");
        }
        double d0 = defaults.referenceMetres();
        Fit fit = fitAll(points, d0);
        double floor = points.stream().mapToDouble(CalibrationPoint::levelDbm).min().orElseThrow();
        List<CalibrationPoint> used = points;
        for (int pass = 0; pass < CENSORING_PASSES; pass++) {
            Fit current = fit;
            double limit = floor + 2 * current.sigma(used, d0);
            List<CalibrationPoint> reliable = points.stream().filter(p -> current.predictedDbm(p, d0) >= limit).toList();
            if (reliable.size() < MIN_POINTS || reliable.size() == used.size() || spread(reliable) < 2) {
                break;
            }
            fit = fitAll(reliable, d0);
            used = reliable;
        }
        double intercept = fit.intercept;
        double slope = fit.slope;
        Map<String, Double> offsets = fit.offsets;
        double exponent = slope / 10;
        if (!(exponent >= MIN_EXPONENT && exponent <= MAX_EXPONENT)) {
            return unfitted(points, defaults, String.format("the fitted exponent %.2f is not physical"
                    + " (levels inconsistent with the plan's sites and EIRPs?)", exponent));
        }
        List<Double> residuals = new ArrayList<>(points.size());
        for (CalibrationPoint p : points) {
            residuals.add(p.lossDb() - intercept - slope * Math.log10(Math.max(p.distanceM(), d0) / d0)
                    - offsets.getOrDefault(p.probeId(), 0.0));
        }
        int parameters = 2 + offsets.size();
        double sigma = Math.max(MIN_SIGMA_DB, fit.sigma(used, d0)
                * Math.sqrt((double) used.size() / Math.max(1, used.size() - parameters)));
        PathLossModel model = new PathLossModel(intercept, exponent, d0, sigma);
        return new PathLossCalibration(model, true, points, offsets, residuals, String.format(Locale.ROOT,
                "fitted to %d planned-cell levels%s: PL(%.0f m) %.1f dB, n %.2f, σ %.1f dB", used.size(),
                used.size() < points.size() ? " of " + points.size() + " (farther cells are heard only when shadowing"
                        + " favours them)" : "", d0, intercept, exponent, sigma));
    }

    /** Line and probe offsets of one alternating least-squares fit. */
    private record Fit(double intercept, double slope, Map<String, Double> offsets) {
        double predictedDbm(CalibrationPoint p, double d0) {
            return p.sentDbm() - intercept - slope * Math.log10(Math.max(p.distanceM(), d0) / d0)
                    - offsets.getOrDefault(p.probeId(), 0.0);
        }

        double sigma(List<CalibrationPoint> points, double d0) {
            double sum = 0;
            for (CalibrationPoint p : points) {
                double r = p.levelDbm() - predictedDbm(p, d0);
                sum += r * r;
            }
            return Math.sqrt(sum / points.size());
        }
    }

    private static Fit fitAll(List<CalibrationPoint> points, double d0) {
        Map<String, Integer> counts = new HashMap<>();
        points.forEach(p -> counts.merge(p.probeId(), 1, Integer::sum));
        Map<String, Double> offsets = new HashMap<>();
        double[] line = {0, 0};
        for (int round = 0; round < ROUNDS; round++) {
            line = line(points, offsets, d0);
            offsets = offsets(points, counts, line[0], line[1], d0);
        }
        return new Fit(line[0], line[1], offsets);
    }

    private static double spread(List<CalibrationPoint> points) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (CalibrationPoint p : points) {
            min = Math.min(min, p.distanceM());
            max = Math.max(max, p.distanceM());
        }
        return max / min;
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

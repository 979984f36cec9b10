package org.roguewatch.locate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Monte-Carlo trials of localization on the simulator's propagation model: probes at cell sites of a
 * hexagonal network (inter-site distance {@link #SITE_SPACING_M}, the k sites nearest the centre),
 * a rogue emitter placed uniformly inside the probes' convex hull with an EIRP drawn from 30..43 dBm,
 * levels from the log-distance model with independent log-normal shadowing per link (the
 * simulator's shadowing decorrelates within 50 m; probes are a kilometre apart). Our estimator, the
 * weighted centroid and the Cramér–Rao bound are computed on the same draws.
 */
final class LocalizationTrials {
    static final double SITE_SPACING_M = 1000;
    static final PathLossModel URBAN_SIGMA6 = new PathLossModel(88, 3.5, 100, 6);
    private static final double SENSITIVITY_DBM = -110;
    private static final double PLANNED_EIRP_DBM = 58;

    private LocalizationTrials() {
    }

    /** Results of one configuration. */
    record Summary(int probes, int trials, double medianM, double p90M, double wclMedianM, double wclP90M,
                   double crlbRmsM, double crlbMedianM, double coverage95, int located, PathLossModel used,
                   double mmseMedianM, double mmseP90M) {
    }

    /** The k hexagonal-lattice sites nearest a point just off the centre (ties broken the same way every run). */
    static List<double[]> sites(int count) {
        List<double[]> lattice = new ArrayList<>();
        for (int i = -6; i <= 6; i++) {
            for (int j = -6; j <= 6; j++) {
                lattice.add(new double[] {SITE_SPACING_M * (i + 0.5 * j), SITE_SPACING_M * Math.sqrt(3) / 2 * j});
            }
        }
        lattice.sort(Comparator.comparingDouble(p -> Math.hypot(p[0] - 137, p[1] - 71)));
        return lattice.subList(0, count);
    }

    static Summary run(int probeCount, int trials, long seed, PathLossModel truth, boolean calibrate,
                       TransmitPrior prior) {
        return run(probeCount, trials, seed, truth, calibrate, prior, false);
    }

    /**
     * @param mmse also compute the Bayesian posterior mean under the trials' own prior (uniform in
     *             the hull, EIRP uniform 30..43 dBm) on a 25 m grid: the least mean-square error any
     *             estimator can reach on these draws, the yardstick for comparisons with the centroid
     */
    static Summary run(int probeCount, int trials, long seed, PathLossModel truth, boolean calibrate,
                       TransmitPrior prior, boolean mmse) {
        Random random = new Random(seed);
        List<double[]> probes = sites(probeCount);
        double[] errors = new double[trials];
        double[] wcl = new double[trials];
        double[] crlb = new double[trials];
        double[] posteriorMean = new double[trials];
        int covered = 0;
        int located = 0;
        PathLossModel used = truth;
        if (calibrate) {
            used = PathLossCalibrator.fit(calibrationPoints(probes, truth, random), LocateSettings.URBAN).model();
        }
        RssLocator locator = new RssLocator(used, prior);
        for (int t = 0; t < trials; t++) {
            double[] at = insideHull(probes, random);
            double eirp = 30 + 13 * random.nextDouble();
            List<Measurement> heard = new ArrayList<>();
            for (int i = 0; i < probes.size(); i++) {
                double[] p = probes.get(i);
                double level = truth.receivedDbm(eirp, Math.hypot(at[0] - p[0], at[1] - p[1]))
                        + truth.sigmaDb() * random.nextGaussian();
                heard.add(new Measurement("p" + i, p[0], p[1], level, 50));
            }
            double[] centroid = WeightedCentroid.of(heard);
            wcl[t] = Math.hypot(centroid[0] - at[0], centroid[1] - at[1]);
            crlb[t] = CramerRaoBound.rmsMetres(at[0], at[1], heard, truth);
            if (mmse) {
                double[] mean = posteriorMean(heard, probes, truth);
                posteriorMean[t] = Math.hypot(mean[0] - at[0], mean[1] - at[1]);
            }
            if (locator.locate(heard) instanceof LocateResult.Located result) {
                located++;
                LocationEstimate estimate = result.estimate();
                errors[t] = estimate.errorTo(at[0], at[1]);
                if (estimate.ellipse95().contains(at[0] - estimate.east(), at[1] - estimate.north())) {
                    covered++;
                }
            } else {
                errors[t] = Double.POSITIVE_INFINITY; // counted as a miss, never dropped
            }
        }
        double crlbRms = Math.sqrt(Arrays.stream(crlb).map(x -> x * x).average().orElse(Double.NaN));
        return new Summary(probeCount, trials, quantile(errors, 0.5), quantile(errors, 0.9), quantile(wcl, 0.5),
                quantile(wcl, 0.9), crlbRms, quantile(crlb, 0.5), (double) covered / trials, located, used,
                mmse ? quantile(posteriorMean, 0.5) : Double.NaN, mmse ? quantile(posteriorMean, 0.9) : Double.NaN);
    }

    /**
     * What the operator's own network shows the probes: each probe (at a site) hears the three
     * 65° sectors of every other site at {@value #PLANNED_EIRP_DBM} dBm EIRP, above sensitivity.
     */
    static List<CalibrationPoint> calibrationPoints(List<double[]> probes, PathLossModel truth, Random random) {
        List<double[]> network = sites(37);
        List<CalibrationPoint> points = new ArrayList<>();
        for (int p = 0; p < probes.size(); p++) {
            double[] probe = probes.get(p);
            for (double[] site : network) {
                double distance = Math.hypot(site[0] - probe[0], site[1] - probe[1]);
                if (distance < 1) {
                    continue; // its own site: the probe sits beside that mast
                }
                for (double azimuth : new double[] {0, 120, 240}) {
                    double sent = PLANNED_EIRP_DBM + SectorGain.relativeDb(azimuth, 65.0,
                            SectorGain.bearingDeg(site[0], site[1], probe[0], probe[1]));
                    double level = truth.receivedDbm(sent, distance) + truth.sigmaDb() * random.nextGaussian();
                    if (level >= SENSITIVITY_DBM) {
                        points.add(new CalibrationPoint("p" + p, "site", distance, sent, level));
                    }
                }
            }
        }
        return points;
    }

    private static double[] posteriorMean(List<Measurement> heard, List<double[]> probes, PathLossModel truth) {
        List<double[]> hull = hull(probes);
        double minE = probes.stream().mapToDouble(p -> p[0]).min().orElseThrow();
        double maxE = probes.stream().mapToDouble(p -> p[0]).max().orElseThrow();
        double minN = probes.stream().mapToDouble(p -> p[1]).min().orElseThrow();
        double maxN = probes.stream().mapToDouble(p -> p[1]).max().orElseThrow();
        double s2 = 2 * truth.sigmaDb() * truth.sigmaDb();
        List<double[]> grid = new ArrayList<>(); // east, north, log posterior
        double best = Double.NEGATIVE_INFINITY;
        double[] loss = new double[heard.size()];
        double[] logs = new double[27];
        for (double e = minE; e <= maxE; e += 25) {
            for (double n = minN; n <= maxN; n += 25) {
                if (!inside(hull, new double[] {e, n})) {
                    continue;
                }
                for (int i = 0; i < loss.length; i++) {
                    Measurement m = heard.get(i);
                    loss[i] = truth.lossDb(Math.hypot(e - m.east(), n - m.north()));
                }
                double top = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < logs.length; k++) {
                    double eirp = 30 + 0.5 * k;
                    double sq = 0;
                    for (int i = 0; i < loss.length; i++) {
                        double r = heard.get(i).levelDbm() - (eirp - loss[i]);
                        sq += r * r;
                    }
                    logs[k] = -sq / s2;
                    top = Math.max(top, logs[k]);
                }
                double sum = 0;
                for (double log : logs) {
                    sum += Math.exp(log - top);
                }
                double log = top + Math.log(sum);
                grid.add(new double[] {e, n, log});
                best = Math.max(best, log);
            }
        }
        double sumW = 0;
        double sumE = 0;
        double sumN = 0;
        for (double[] point : grid) {
            double w = Math.exp(point[2] - best);
            sumW += w;
            sumE += w * point[0];
            sumN += w * point[1];
        }
        return new double[] {sumE / sumW, sumN / sumW};
    }

    private static double[] insideHull(List<double[]> probes, Random random) {
        double minE = probes.stream().mapToDouble(p -> p[0]).min().orElseThrow();
        double maxE = probes.stream().mapToDouble(p -> p[0]).max().orElseThrow();
        double minN = probes.stream().mapToDouble(p -> p[1]).min().orElseThrow();
        double maxN = probes.stream().mapToDouble(p -> p[1]).max().orElseThrow();
        List<double[]> hull = hull(probes);
        while (true) {
            double[] at = {minE + random.nextDouble() * (maxE - minE), minN + random.nextDouble() * (maxN - minN)};
            if (inside(hull, at)) {
                return at;
            }
        }
    }

    /** Andrew's monotone chain, counter-clockwise. */
    private static List<double[]> hull(List<double[]> points) {
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        double[][] h = new double[2 * sorted.size()][];
        int k = 0;
        for (double[] p : sorted) {
            while (k >= 2 && cross(h[k - 2], h[k - 1], p) <= 0) {
                k--;
            }
            h[k++] = p;
        }
        for (int i = sorted.size() - 2, t = k + 1; i >= 0; i--) {
            double[] p = sorted.get(i);
            while (k >= t && cross(h[k - 2], h[k - 1], p) <= 0) {
                k--;
            }
            h[k++] = p;
        }
        return Arrays.asList(Arrays.copyOf(h, k - 1));
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }

    private static boolean inside(List<double[]> hull, double[] p) {
        for (int i = 0; i < hull.size(); i++) {
            if (cross(hull.get(i), hull.get((i + 1) % hull.size()), p) < 0) {
                return false;
            }
        }
        return true;
    }

    static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }
}

package org.roguewatch.locate;

import java.util.List;

/**
 * The confidence region of a position from the profile likelihood (Wilks): the points where the
 * weighted cost, with the transmit power at its best for each point, exceeds the minimum by no more
 * than σ²·χ²₂(p). Unlike the linearised covariance it follows the banana shapes range-only
 * geometry produces, so its ellipse is calibrated. The region is traced along {@value #DIRECTIONS}
 * directions and summarised as the ellipse with the same second moments.
 */
final class ProfileRegion {
    static final int DIRECTIONS = 36;
    private static final double MAX_RADIUS_M = 50_000;

    private ProfileRegion() {
    }

    /** The cost at (east, north) with P_tx profiled out (its weighted least-squares value there). */
    static double profileCost(List<Measurement> measurements, double[] weights, PathLossModel model,
                              TransmitPrior prior, double east, double north) {
        double sumW = 0;
        double sumWOffset = 0;
        double[] offsets = new double[measurements.size()];
        for (int i = 0; i < offsets.length; i++) {
            Measurement m = measurements.get(i);
            offsets[i] = m.levelDbm() + model.lossDb(Math.hypot(east - m.east(), north - m.north()));
            sumW += weights[i];
            sumWOffset += weights[i] * offsets[i];
        }
        double lambda = prior.weight(model.sigmaDb());
        double transmit = (sumWOffset + lambda * prior.meanDbm()) / (sumW + lambda);
        double cost = lambda * (transmit - prior.meanDbm()) * (transmit - prior.meanDbm());
        for (int i = 0; i < offsets.length; i++) {
            double r = offsets[i] - transmit;
            cost += weights[i] * r * r;
        }
        return cost;
    }

    /** The ellipse of the region where the cost rises by at most σ²·{@code chi2} around (east, north). */
    static Ellipse ellipse(List<Measurement> measurements, double[] weights, PathLossModel model, TransmitPrior prior,
                           double east, double north, double chi2) {
        double base = profileCost(measurements, weights, model, prior, east, north);
        double limit = base + model.sigmaDb() * model.sigmaDb() * chi2;
        double[] xs = new double[DIRECTIONS];
        double[] ys = new double[DIRECTIONS];
        boolean bounded = true;
        for (int k = 0; k < DIRECTIONS; k++) {
            double angle = 2 * Math.PI * k / DIRECTIONS;
            // Counter-clockwise from east, so the traced polygon has positive area.
            double dx = Math.cos(angle);
            double dy = Math.sin(angle);
            double r = radius(measurements, weights, model, prior, east, north, dx, dy, limit);
            bounded &= r < MAX_RADIUS_M;
            xs[k] = r * dx;
            ys[k] = r * dy;
        }
        // Range-only measurements with unknown power can leave the region open in some direction:
        // then no ellipse is honest, and an infinite one says so.
        return bounded ? fromPolygon(xs, ys) : Ellipse.UNBOUNDED;
    }

    private static double radius(List<Measurement> measurements, double[] weights, PathLossModel model,
                                 TransmitPrior prior, double east, double north, double dx, double dy, double limit) {
        double inside = 0;
        double outside = 1;
        while (profileCost(measurements, weights, model, prior, east + outside * dx, north + outside * dy) <= limit) {
            inside = outside;
            outside *= 2;
            if (outside > MAX_RADIUS_M) {
                return MAX_RADIUS_M;
            }
        }
        for (int i = 0; i < 40 && outside - inside > 0.5; i++) {
            double middle = (inside + outside) / 2;
            if (profileCost(measurements, weights, model, prior, east + middle * dx, north + middle * dy) <= limit) {
                inside = middle;
            } else {
                outside = middle;
            }
        }
        return (inside + outside) / 2;
    }

    /** The ellipse whose uniform area has the polygon's second moments (about the centre point). */
    static Ellipse fromPolygon(double[] xs, double[] ys) {
        int n = xs.length;
        double area = 0;
        double ixx = 0;
        double iyy = 0;
        double ixy = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double c = xs[i] * ys[j] - xs[j] * ys[i];
            area += c / 2;
            iyy += (xs[i] * xs[i] + xs[i] * xs[j] + xs[j] * xs[j]) * c / 12;
            ixx += (ys[i] * ys[i] + ys[i] * ys[j] + ys[j] * ys[j]) * c / 12;
            ixy += (xs[i] * ys[j] + 2 * xs[i] * ys[i] + 2 * xs[j] * ys[j] + xs[j] * ys[i]) * c / 24;
        }
        if (area <= 0) {
            return new Ellipse(0, 0, 0);
        }
        // A uniform ellipse with semi-axes a, b has variances a²/4 and b²/4 along its axes.
        Ellipse moments = Ellipse.of(iyy / area, ixx / area, ixy / area, 1);
        return new Ellipse(2 * moments.semiMajorM(), 2 * moments.semiMinorM(), moments.orientationDeg());
    }
}

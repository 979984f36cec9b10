package org.roguewatch.locate;

/**
 * An uncertainty ellipse on the ground.
 *
 * @param semiMajorM     semi-major axis, metres
 * @param semiMinorM     semi-minor axis, metres
 * @param orientationDeg direction of the major axis, degrees clockwise from north (0..180)
 */
public record Ellipse(double semiMajorM, double semiMinorM, double orientationDeg) {
    /** χ²(2) quantiles: the ellipse holding the true position with probability 50 % or 95 %. */
    static final double CHI2_50 = 1.3862943611198906;
    static final double CHI2_95 = 5.991464547107979;

    /** The region is open: the measurements do not bound the position in some direction. */
    public static final Ellipse UNBOUNDED = new Ellipse(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0);

    public boolean bounded() {
        return Double.isFinite(semiMajorM);
    }

    /** The ellipse of a 2×2 east/north covariance at the given χ²(2) quantile. */
    static Ellipse of(double varEast, double varNorth, double covEastNorth, double chi2) {
        double trace = varEast + varNorth;
        double det = varEast * varNorth - covEastNorth * covEastNorth;
        double root = Math.sqrt(Math.max(0, trace * trace / 4 - det));
        double major = trace / 2 + root;
        double minor = Math.max(0, trace / 2 - root);
        // Eigenvector of the larger eigenvalue: (cov, major - varEast) or (major - varNorth, cov).
        double east;
        double north;
        if (Math.abs(covEastNorth) > 1e-12) {
            east = covEastNorth;
            north = major - varEast;
        } else if (varEast >= varNorth) {
            east = 1;
            north = 0;
        } else {
            east = 0;
            north = 1;
        }
        double bearing = Math.toDegrees(Math.atan2(east, north));
        if (bearing < 0) {
            bearing += 180;
        }
        if (bearing >= 180) {
            bearing -= 180;
        }
        return new Ellipse(Math.sqrt(major * chi2), Math.sqrt(minor * chi2), bearing);
    }

    /** Whether a point (east, north offset from the ellipse's centre) lies inside. */
    public boolean contains(double dEast, double dNorth) {
        if (!bounded()) {
            return true;
        }
        double theta = Math.toRadians(orientationDeg);
        // Along the major axis (bearing theta from north) and across it.
        double along = dEast * Math.sin(theta) + dNorth * Math.cos(theta);
        double across = dEast * Math.cos(theta) - dNorth * Math.sin(theta);
        double a = Math.max(semiMajorM, 1e-9);
        double b = Math.max(semiMinorM, 1e-9);
        return (along * along) / (a * a) + (across * across) / (b * b) <= 1;
    }
}

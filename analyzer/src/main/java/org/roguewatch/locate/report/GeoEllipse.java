package org.roguewatch.locate.report;

/**
 * An uncertainty ellipse centred on a located point.
 *
 * @param semiMajorM     semi-major axis, metres (infinite when the region is open)
 * @param semiMinorM     semi-minor axis, metres
 * @param orientationDeg bearing of the major axis, degrees clockwise from true north, 0..180
 */
public record GeoEllipse(double semiMajorM, double semiMinorM, double orientationDeg) {
    public boolean bounded() {
        return Double.isFinite(semiMajorM) && Double.isFinite(semiMinorM);
    }
}

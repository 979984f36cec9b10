package org.roguewatch.locate;

import java.util.List;

/**
 * A located emitter in the local tangent plane.
 *
 * @param east           metres east of the plane's origin
 * @param north          metres north
 * @param transmitDbm    estimated EIRP
 * @param varEast        position variance east, m²
 * @param varNorth       position variance north, m²
 * @param covEastNorth   position covariance, m²
 * @param ellipse50      the 50 % ellipse
 * @param ellipse95      the 95 % ellipse
 * @param crlbM          Cramér–Rao bound RMS position error for this probe geometry at the estimate
 * @param rmsResidualDb  root mean square of the level residuals
 * @param probes         probes used
 * @param downweighted   probes the robust fit down-weighted (their residual exceeded 1.345 σ)
 * @param method         how it was computed
 * @param model          the path loss model used
 */
public record LocationEstimate(double east, double north, double transmitDbm, double varEast, double varNorth,
                               double covEastNorth, Ellipse ellipse50, Ellipse ellipse95, double crlbM,
                               double rmsResidualDb, List<String> probes, List<String> downweighted, String method,
                               PathLossModel model) {
    public LocationEstimate {
        probes = List.copyOf(probes);
        downweighted = List.copyOf(downweighted);
    }

    /** Distance from a point, metres. */
    public double errorTo(double trueEast, double trueNorth) {
        return Math.hypot(east - trueEast, north - trueNorth);
    }
}

package org.roguewatch.locate;

import java.time.Instant;

/**
 * One position in a track, in the local plane, with its 2×2 covariance: a windowed estimate going
 * into the filter, or a smoothed point coming out (which keeps its window's EIRP estimate and
 * Cramér–Rao bound).
 */
public record TrackFix(Instant time, double east, double north, double varEast, double varNorth, double covEastNorth,
                       double transmitDbm, double crlbM) {
    /** The 95 % ellipse of this fix's covariance. */
    public Ellipse ellipse95() {
        return Ellipse.of(varEast, varNorth, covEastNorth, Ellipse.CHI2_95);
    }
}

package org.roguewatch.sim.scenario;

/** A point of the scenario's local tangent plane: metres east ({@code x}) and north ({@code y}) of the origin. */
public record Xy(double x, double y) {
    public double distanceTo(Xy other) {
        return StrictMath.hypot(other.x - x, other.y - y);
    }

    /** Bearing from this point to {@code other}, degrees clockwise from north, 0..360. */
    public double bearingTo(Xy other) {
        double degrees = Math.toDegrees(StrictMath.atan2(other.x - x, other.y - y));
        return degrees < 0 ? degrees + 360 : degrees;
    }
}

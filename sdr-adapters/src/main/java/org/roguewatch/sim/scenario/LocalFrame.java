package org.roguewatch.sim.scenario;

/**
 * A local tangent plane around an origin: x east and y north in metres, from the WGS-84 meridian
 * and prime-vertical radii of curvature at the origin (an equirectangular projection). Within
 * 10 km of the origin distances are off by less than 0.1 %, far below what shadowing does to a level.
 */
public final class LocalFrame {
    private static final double SEMI_MAJOR_M = 6_378_137.0;
    private static final double FLATTENING = 1 / 298.257223563;
    private static final double E2 = FLATTENING * (2 - FLATTENING);

    private final GeoPoint origin;
    private final double metresPerDegreeLat;
    private final double metresPerDegreeLon;

    public LocalFrame(GeoPoint origin) {
        this.origin = origin;
        double phi = Math.toRadians(origin.lat());
        double w = Math.sqrt(1 - E2 * StrictMath.sin(phi) * StrictMath.sin(phi));
        double meridian = SEMI_MAJOR_M * (1 - E2) / (w * w * w);
        double primeVertical = SEMI_MAJOR_M / w;
        this.metresPerDegreeLat = Math.toRadians(meridian);
        this.metresPerDegreeLon = Math.toRadians(primeVertical * StrictMath.cos(phi));
    }

    public GeoPoint origin() {
        return origin;
    }

    public Xy toLocal(GeoPoint point) {
        return new Xy((point.lon() - origin.lon()) * metresPerDegreeLon, (point.lat() - origin.lat()) * metresPerDegreeLat);
    }

    public GeoPoint toGeo(Xy point) {
        return new GeoPoint(origin.lat() + point.y() / metresPerDegreeLat, origin.lon() + point.x() / metresPerDegreeLon);
    }
}

package org.roguewatch.locate;

/**
 * East-north metres around an origin, through ECEF on the WGS-84 ellipsoid (heights taken as 0):
 * exact enough for the few kilometres a probe fleet spans, and its inverse is the same math.
 */
public final class LocalTangentPlane {
    private static final double A = 6_378_137.0;
    private static final double F = 1 / 298.257223563;
    private static final double E2 = F * (2 - F);

    private final double lat0;
    private final double lon0;
    private final double[] origin;
    private final double sinLat;
    private final double cosLat;
    private final double sinLon;
    private final double cosLon;

    public LocalTangentPlane(double latitude, double longitude) {
        this.lat0 = Math.toRadians(latitude);
        this.lon0 = Math.toRadians(longitude);
        this.origin = ecef(lat0, lon0);
        this.sinLat = Math.sin(lat0);
        this.cosLat = Math.cos(lat0);
        this.sinLon = Math.sin(lon0);
        this.cosLon = Math.cos(lon0);
    }

    public double originLatitude() {
        return Math.toDegrees(lat0);
    }

    public double originLongitude() {
        return Math.toDegrees(lon0);
    }

    private static double[] ecef(double lat, double lon) {
        double n = A / Math.sqrt(1 - E2 * Math.sin(lat) * Math.sin(lat));
        return new double[] {n * Math.cos(lat) * Math.cos(lon), n * Math.cos(lat) * Math.sin(lon),
            n * (1 - E2) * Math.sin(lat)};
    }

    /** {east, north} in metres of a WGS-84 position. */
    public double[] toEastNorth(double latitude, double longitude) {
        double[] p = ecef(Math.toRadians(latitude), Math.toRadians(longitude));
        double dx = p[0] - origin[0];
        double dy = p[1] - origin[1];
        double dz = p[2] - origin[2];
        double east = -sinLon * dx + cosLon * dy;
        double north = -sinLat * cosLon * dx - sinLat * sinLon * dy + cosLat * dz;
        return new double[] {east, north};
    }

    /** {latitude, longitude} in degrees of a point east/north metres from the origin. */
    public double[] toLatLon(double east, double north) {
        double dx = -sinLon * east - sinLat * cosLon * north;
        double dy = cosLon * east - sinLat * sinLon * north;
        double dz = cosLat * north;
        double x = origin[0] + dx;
        double y = origin[1] + dy;
        double z = origin[2] + dz;
        double lon = Math.atan2(y, x);
        double p = Math.hypot(x, y);
        double lat = Math.atan2(z, p * (1 - E2));
        for (int i = 0; i < 5; i++) {
            double n = A / Math.sqrt(1 - E2 * Math.sin(lat) * Math.sin(lat));
            double h = p / Math.cos(lat) - n;
            lat = Math.atan2(z, p * (1 - E2 * n / (n + h)));
        }
        return new double[] {Math.toDegrees(lat), Math.toDegrees(lon)};
    }
}

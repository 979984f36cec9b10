package org.roguewatch.sim.scenario;

import java.util.Locale;

/** A WGS-84 position in decimal degrees. */
public record GeoPoint(double lat, double lon) {
    public GeoPoint {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("position " + lat + ", " + lon + " outside -90..90, -180..180");
        }
    }

    /** Six decimals (about 0.1 m), as the output files write positions. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.6f,%.6f", lat, lon);
    }
}

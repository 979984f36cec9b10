package org.roguewatch.locate.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Small facts about WGS-84 positions shared by the writers: precision, longitude range, ring orientation. */
final class Geo {
    /** Decimal places of a written degree: 1e-7° is about 1.1 cm of latitude, far below any estimate's error. */
    static final int DECIMALS = 7;
    private static final double SCALE = 1e7;

    private Geo() {
    }

    /** A degree value rounded to the written precision, so geometry checks see what a reader will see. */
    static double round(double degrees) {
        return Math.rint(degrees * SCALE) / SCALE;
    }

    /** A degree value in plain decimal notation with at most {@link #DECIMALS} places ("6.7735", "-0.5", "51"). */
    static String format(double degrees) {
        return BigDecimal.valueOf(round(degrees)).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }

    /** Longitude brought into [-180, 180). */
    static double normalizeLon(double lon) {
        double l = ((lon + 180) % 360 + 360) % 360 - 180;
        return l == -0.0 ? 0.0 : l;
    }

    /** Whether lat/lon can be drawn: both finite, latitude within ±90°. */
    static boolean drawable(double lat, double lon) {
        return Double.isFinite(lat) && Double.isFinite(lon) && Math.abs(lat) <= 90;
    }

    /** Twice the signed shoelace area of a closed ring of {lon, lat}: positive when counter-clockwise. */
    static double signedArea2(List<double[]> ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            double[] p = ring.get(i);
            double[] q = ring.get(i + 1);
            sum += p[0] * q[1] - q[0] * p[1];
        }
        return sum;
    }
}

package org.roguewatch.locate.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roguewatch.locate.report.GeoEllipse;

class EllipseRingTest {
    private static final double A = 6_378_137.0;
    private static final double E2 = 6.69437999014e-3;

    /**
     * East/north metres of a position from a centre, independently of the code under test: degree offsets times
     * the WGS-84 radii of curvature (prime vertical N·cos φ for east, meridian M for north) at the mid latitude.
     * Over a few kilometres this is good to about 1e-4 relative, far inside the 0.5 % asked.
     */
    static double[] eastNorth(double lat0, double lon0, double lat, double lon) {
        double phi = Math.toRadians((lat0 + lat) / 2);
        double w = 1 - E2 * Math.sin(phi) * Math.sin(phi);
        double n = A / Math.sqrt(w);
        double m = A * (1 - E2) / (w * Math.sqrt(w));
        return new double[] {Math.toRadians(lon - lon0) * n * Math.cos(phi), Math.toRadians(lat - lat0) * m};
    }

    private static double bearing(double[] en) {
        double b = Math.toDegrees(Math.atan2(en[0], en[1]));
        return b < 0 ? b + 360 : b;
    }

    private static double angleBetween(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return Math.min(d, 360 - d);
    }

    @ParameterizedTest(name = "lat {0} lon {1}, {2} x {3} m at {4} deg")
    @CsvSource({
        "51.2277, 6.7735, 1200, 400, 60",
        "51.2277, 6.7735, 800, 800, 0",
        "51.2277, 6.7735, 5000, 300, 170",
        "0.0, -45.0, 1500, 500, 90",
        "-33.87, 151.21, 900, 250, 30",
        "69.65, 18.96, 2000, 700, 120",
    })
    void everyVertexLiesOnTheEllipseInCounterClockwiseOrder(double lat, double lon, double a, double b,
                                                            double orientation) {
        int n = EllipseRing.VERTICES;
        List<double[]> ring = EllipseRing.ring(lat, lon, new GeoEllipse(a, b, orientation), n);
        assertEquals(n + 1, ring.size());
        assertEquals(ring.get(0)[0], ring.get(n)[0]);
        assertEquals(ring.get(0)[1], ring.get(n)[1]);
        double theta = Math.toRadians(orientation);
        for (int k = 0; k < n; k++) {
            double[] en = eastNorth(lat, lon, ring.get(k)[1], ring.get(k)[0]);
            // Components along the major axis (bearing θ) and the minor axis turned counter-clockwise (θ − 90°).
            double along = en[0] * Math.sin(theta) + en[1] * Math.cos(theta);
            double across = -en[0] * Math.cos(theta) + en[1] * Math.sin(theta);
            double t = 2 * Math.PI * k / n;
            assertEquals(a * Math.cos(t), along, 0.005 * a, "vertex " + k + " along the major axis");
            assertEquals(b * Math.sin(t), across, 0.005 * b, "vertex " + k + " along the minor axis");
        }
    }

    @Test
    void majorAxisPointsAlongTheBearingNearDusseldorf() {
        double lat = 51.2277;
        double lon = 6.7735;
        List<double[]> ring = EllipseRing.ring(lat, lon, new GeoEllipse(1200, 400, 60), EllipseRing.VERTICES);
        double far = 0;
        double farBearing = 0;
        double near = Double.MAX_VALUE;
        double nearBearing = 0;
        for (double[] p : ring) {
            double[] en = eastNorth(lat, lon, p[1], p[0]);
            double d = Math.hypot(en[0], en[1]);
            if (d > far) {
                far = d;
                farBearing = bearing(en);
            }
            if (d < near) {
                near = d;
                nearBearing = bearing(en);
            }
        }
        assertEquals(1200, far, 6);
        assertEquals(400, near, 2);
        assertTrue(angleBetween(farBearing, 60) < 0.5 || angleBetween(farBearing, 240) < 0.5, "" + farBearing);
        assertTrue(angleBetween(nearBearing, 150) < 0.5 || angleBetween(nearBearing, 330) < 0.5, "" + nearBearing);
        // Vertex 0 is the major tip on the bearing itself, vertex n/4 the minor tip a right angle counter-clockwise.
        assertEquals(60, bearing(eastNorth(lat, lon, ring.get(0)[1], ring.get(0)[0])), 0.5);
        double[] quarter = ring.get(EllipseRing.VERTICES / 4);
        assertEquals(330, bearing(eastNorth(lat, lon, quarter[1], quarter[0])), 0.5);
    }

    @Test
    void northSouthEllipseSpansTheRightLatitudes() {
        // 1112 m of latitude is about 0.01 degree near 51 N (meridian radius 6.374e6 m).
        List<double[]> ring = EllipseRing.ring(51.0, 7.0, new GeoEllipse(1112, 300, 0), 72);
        double maxLat = ring.stream().mapToDouble(p -> p[1]).max().orElseThrow();
        double minLat = ring.stream().mapToDouble(p -> p[1]).min().orElseThrow();
        double metresPerDegree = Math.toRadians(1) * A * (1 - E2)
                / Math.pow(1 - E2 * Math.pow(Math.sin(Math.toRadians(51)), 2), 1.5);
        assertEquals(1112 / metresPerDegree, maxLat - 51.0, 1e-6);
        assertEquals(1112 / metresPerDegree, 51.0 - minLat, 1e-6);
    }

    @Test
    void areaMatchesTheInscribedPolygonsAndTheRingTurnsCounterClockwise() {
        double lat = 51.2277;
        double lon = 6.7735;
        int n = 72;
        List<double[]> ring = EllipseRing.ring(lat, lon, new GeoEllipse(900, 350, 35), n);
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double[] p = eastNorth(lat, lon, ring.get(k)[1], ring.get(k)[0]);
            double[] q = eastNorth(lat, lon, ring.get(k + 1)[1], ring.get(k + 1)[0]);
            sum += p[0] * q[1] - q[0] * p[1];
        }
        double area = sum / 2;
        double expected = n / 2.0 * Math.sin(2 * Math.PI / n) * 900 * 350;
        assertTrue(area > 0, "counter-clockwise");
        assertEquals(expected, area, expected * 0.005);
    }

    @Test
    void longitudesRunOnAcrossTheAntimeridian() {
        List<double[]> ring = EllipseRing.ring(-17.0, 179.99, new GeoEllipse(4000, 3000, 90), 72);
        double max = ring.stream().mapToDouble(p -> p[0]).max().orElseThrow();
        double min = ring.stream().mapToDouble(p -> p[0]).min().orElseThrow();
        assertTrue(max > 180 && min > 179.9, min + " .. " + max);
        List<List<double[]>> pieces = Antimeridian.cutRing(ring);
        assertEquals(2, pieces.size());
        for (List<double[]> piece : pieces) {
            assertTrue(Geo.signedArea2(piece) > 0, "pieces stay counter-clockwise");
            assertEquals(piece.get(0)[0], piece.get(piece.size() - 1)[0]);
            assertTrue(piece.stream().allMatch(p -> p[0] >= -180 && p[0] <= 180));
        }
    }

    @Test
    void refusesWhatItCannotDraw() {
        assertThrows(IllegalArgumentException.class, () -> EllipseRing.ring(51, 7, Reports.UNBOUNDED, 72));
        assertThrows(IllegalArgumentException.class, () -> EllipseRing.ring(51, 7, new GeoEllipse(10, 0, 0), 72));
        assertThrows(IllegalArgumentException.class, () -> EllipseRing.ring(51, 7, new GeoEllipse(10, 5, 0), 2));
        assertThrows(IllegalArgumentException.class, () -> EllipseRing.ring(95, 7, new GeoEllipse(10, 5, 0), 72));
    }

    @Test
    void outlineExplainsEveryEllipseItLeavesOut() {
        assertTrue(EllipseRing.outline(51, 7, Reports.UNBOUNDED).omitted().startsWith("unbounded"));
        assertTrue(EllipseRing.outline(51, 7, null).omitted().startsWith("missing"));
        assertTrue(EllipseRing.outline(51, 7, new GeoEllipse(10, Double.NaN, 0)).omitted().startsWith("degenerate"));
        // 1 mm wide: rounded to 1e-7 degree (about 1 cm) it has no area left.
        assertTrue(EllipseRing.outline(51, 7, new GeoEllipse(0.001, 0.001, 0)).omitted().startsWith("degenerate"));
        EllipseRing.Outline drawn = EllipseRing.outline(51, 7, new GeoEllipse(10, 5, 0));
        assertNull(drawn.omitted());
        assertEquals(1, drawn.rings().size());
    }
}

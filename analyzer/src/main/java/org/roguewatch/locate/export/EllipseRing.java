package org.roguewatch.locate.export;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.locate.LocalTangentPlane;
import org.roguewatch.locate.report.GeoEllipse;

/**
 * An uncertainty ellipse drawn on the ground as a closed polygon ring of WGS-84 positions.
 *
 * <p>With semi-axes a (major) and b (minor), θ the bearing of the major axis (clockwise from north) and
 * vertex k of n at parameter t = 2πk/n, the vertex lies
 * <pre>
 *   east  = a·cos t·sin θ − b·sin t·cos θ
 *   north = a·cos t·cos θ + b·sin t·sin θ
 * </pre>
 * metres from the centre: a·cos t along the major axis, unit vector (sin θ, cos θ) in (east, north), and
 * b·sin t along (−cos θ, sin θ), the major axis turned 90° counter-clockwise. So vertex 0 is at the
 * major axis' tip on bearing θ, vertex n/4 (when n is a multiple of 4) at the minor axis' tip on bearing θ − 90°,
 * and increasing t walks the ring counter-clockwise seen from above, the right-hand rule RFC 7946 §3.1.6 asks
 * of an exterior ring. Each east/north offset becomes lat/lon through the WGS-84 {@link LocalTangentPlane} at
 * the centre; the ground distance then falls short of the plane distance d by about d³/(3R²): 8 mm at 10 km,
 * 8 m at 100 km. Ellipses reaching over a pole are not meaningful in this construction.
 */
public final class EllipseRing {
    /** Vertices of a drawn ellipse, one every 5°. */
    public static final int VERTICES = 72;

    /** Why an unbounded ellipse is not drawn. */
    static final String UNBOUNDED = "unbounded: the measurements do not bound the position in every direction";

    private EllipseRing() {
    }

    /**
     * The ring of an ellipse centred on lat/lon: {@code vertices + 1} positions {longitude, latitude} in degrees,
     * counter-clockwise, the last equal to the first. Longitudes run continuously from the centre's (normalized to
     * [-180, 180)), so near the antimeridian some may lie beyond ±180°; {@link Antimeridian#cutRing} splits them.
     *
     * @throws IllegalArgumentException when the centre is not a position, the ellipse is not bounded with positive
     *                                  finite semi-axes and a finite orientation, or vertices < 3
     */
    public static List<double[]> ring(double lat, double lon, GeoEllipse ellipse, int vertices) {
        if (!Geo.drawable(lat, lon) || Math.abs(lat) == 90) {
            throw new IllegalArgumentException("not a centre for an ellipse: " + lat + ", " + lon);
        }
        if (reasonNotDrawn(ellipse) != null) {
            throw new IllegalArgumentException("ellipse cannot be drawn: " + ellipse);
        }
        if (vertices < 3) {
            throw new IllegalArgumentException("a ring needs at least 3 vertices: " + vertices);
        }
        LocalTangentPlane plane = new LocalTangentPlane(lat, lon);
        double a = ellipse.semiMajorM();
        double b = ellipse.semiMinorM();
        double theta = Math.toRadians(ellipse.orientationDeg());
        double sin = Math.sin(theta);
        double cos = Math.cos(theta);
        double centreLon = Geo.normalizeLon(lon);
        List<double[]> ring = new ArrayList<>(vertices + 1);
        for (int k = 0; k < vertices; k++) {
            double t = 2 * Math.PI * k / vertices;
            double along = a * Math.cos(t);
            double across = b * Math.sin(t);
            double east = along * sin - across * cos;
            double north = along * cos + across * sin;
            double[] latLon = plane.toLatLon(east, north);
            double offset = Geo.normalizeLon(latLon[1] - centreLon);
            ring.add(new double[] {centreLon + offset, latLon[0]});
        }
        ring.add(ring.get(0).clone());
        return ring;
    }

    /** Why an ellipse cannot be drawn, or null when it can. */
    static String reasonNotDrawn(GeoEllipse ellipse) {
        if (ellipse == null) {
            return "missing: no ellipse was estimated";
        }
        String degenerate = "degenerate: semi-axes must be positive and the orientation finite";
        if (Double.isNaN(ellipse.semiMajorM()) || Double.isNaN(ellipse.semiMinorM())) {
            return degenerate; // not a value at all, which GeoEllipse.bounded() alone would call unbounded
        }
        if (!ellipse.bounded()) {
            return UNBOUNDED;
        }
        if (!(ellipse.semiMajorM() > 0 && ellipse.semiMinorM() > 0) || !Double.isFinite(ellipse.orientationDeg())) {
            return degenerate;
        }
        return null;
    }

    /**
     * What the writers draw for an ellipse: its rings, rounded to the written precision and cut at the
     * antimeridian (one ring, two when cut), or the reason it is omitted.
     */
    record Outline(List<List<double[]>> rings, String omitted) {
        Outline {
            rings = List.copyOf(rings);
        }
    }

    static Outline outline(double lat, double lon, GeoEllipse ellipse) {
        String reason = reasonNotDrawn(ellipse);
        if (reason != null) {
            return new Outline(List.of(), reason);
        }
        if (!Geo.drawable(lat, lon) || Math.abs(lat) == 90) {
            return new Outline(List.of(), "no centre: the emitter has no valid position");
        }
        List<List<double[]>> rings = new ArrayList<>();
        for (List<double[]> piece : Antimeridian.cutRing(ring(lat, lon, ellipse, VERTICES))) {
            List<double[]> rounded = new ArrayList<>(piece.size());
            for (double[] p : piece) {
                rounded.add(new double[] {Geo.round(p[0]), Geo.round(p[1])});
            }
            // A sliver thinner than the written precision collapses; it would have no orientation at all.
            if (!(Geo.signedArea2(rounded) > 0)) {
                return new Outline(List.of(), "degenerate: narrower than the 1e-7 degree coordinate precision");
            }
            rings.add(rounded);
        }
        if (rings.isEmpty()) {
            return new Outline(List.of(), "degenerate: nothing left to draw");
        }
        return new Outline(rings, null);
    }
}

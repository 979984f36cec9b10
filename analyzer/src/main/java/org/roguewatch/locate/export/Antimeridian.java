package org.roguewatch.locate.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts rings and lines where they cross the ±180° meridian, as RFC 7946 §3.1.9 asks, so that no edge of
 * a written geometry jumps across the whole map. Crossing points are interpolated linearly in lon/lat,
 * which is exact enough over the short edges the writers produce.
 */
final class Antimeridian {
    private Antimeridian() {
    }

    /**
     * The pieces of a closed ring whose longitudes run continuously (they may pass beyond ±180°, as
     * {@link EllipseRing#ring} returns them): the ring itself when it stays within [-180, 180], else its parts
     * clipped to each side of the cut and shifted back by 360°. Clipping a ring against a half-plane keeps its
     * orientation, so a counter-clockwise ring gives counter-clockwise pieces.
     */
    static List<List<double[]>> cutRing(List<double[]> ring) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] p : ring) {
            min = Math.min(min, p[0]);
            max = Math.max(max, p[0]);
        }
        List<List<double[]>> pieces = new ArrayList<>();
        if (max > 180) {
            addIfArea(pieces, clip(ring, 180, true, 0));
            addIfArea(pieces, clip(ring, 180, false, -360));
        } else if (min < -180) {
            addIfArea(pieces, clip(ring, -180, true, 360));
            addIfArea(pieces, clip(ring, -180, false, 0));
        } else {
            pieces.add(ring);
        }
        return pieces;
    }

    private static void addIfArea(List<List<double[]>> pieces, List<double[]> ring) {
        if (ring.size() >= 4 && Geo.signedArea2(ring) != 0) {
            pieces.add(ring);
        }
    }

    /** Sutherland–Hodgman against one vertical line: keep x <= cut (left) or x >= cut, then shift x. */
    private static List<double[]> clip(List<double[]> ring, double cut, boolean left, double shift) {
        int n = ring.size() - 1; // the closing position repeats the first
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] prev = ring.get((i + n - 1) % n);
            double[] cur = ring.get(i);
            boolean curIn = left ? cur[0] <= cut : cur[0] >= cut;
            boolean prevIn = left ? prev[0] <= cut : prev[0] >= cut;
            if (curIn != prevIn) {
                out.add(new double[] {cut + shift, latAt(prev, cur, cut)});
            }
            if (curIn) {
                out.add(new double[] {cur[0] + shift, cur[1]});
            }
        }
        if (!out.isEmpty()) {
            out.add(out.get(0).clone());
        }
        return out;
    }

    private static double latAt(double[] p, double[] q, double lon) {
        double t = (lon - p[0]) / (q[0] - p[0]);
        return p[1] + t * (q[1] - p[1]);
    }

    /**
     * The pieces of a line of {lon, lat} positions, each longitude within [-180, 180): a new piece starts
     * wherever a step between consecutive positions is shorter going across the antimeridian (more than
     * 180° of longitude the direct way), with the crossing point ending one piece and starting the next.
     */
    static List<List<double[]>> cutLine(List<double[]> line) {
        List<List<double[]>> pieces = new ArrayList<>();
        List<double[]> current = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            double[] q = line.get(i);
            if (i > 0) {
                double[] p = line.get(i - 1);
                double step = q[0] - p[0];
                if (step > 180 || step < -180) {
                    double edge = step > 180 ? -180 : 180; // the side p lies on
                    double[] unwrapped = {q[0] - Math.signum(step) * 360, q[1]};
                    double lat = latAt(p, unwrapped, edge);
                    current.add(new double[] {edge, lat});
                    pieces.add(current);
                    current = new ArrayList<>();
                    current.add(new double[] {-edge, lat});
                }
            }
            current.add(q);
        }
        if (!current.isEmpty()) {
            pieces.add(current);
        }
        return pieces;
    }
}

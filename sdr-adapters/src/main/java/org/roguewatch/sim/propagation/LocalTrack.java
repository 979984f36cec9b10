package org.roguewatch.sim.propagation;

import java.util.List;
import org.roguewatch.sim.scenario.LocalFrame;
import org.roguewatch.sim.scenario.Track;
import org.roguewatch.sim.scenario.Waypoint;
import org.roguewatch.sim.scenario.Xy;

/** A {@link Track} in local metres, interpolated in straight lines between waypoints. */
public final class LocalTrack {
    private final long[] nanos;
    private final double[] xs;
    private final double[] ys;

    public LocalTrack(Track track, LocalFrame frame) {
        List<Waypoint> points = track.waypoints();
        nanos = new long[points.size()];
        xs = new double[points.size()];
        ys = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            Xy xy = frame.toLocal(points.get(i).position());
            nanos[i] = points.get(i).at().toNanos();
            xs[i] = xy.x();
            ys[i] = xy.y();
        }
    }

    public boolean mobile() {
        return nanos.length > 1;
    }

    /** Position {@code offsetNanos} after the scenario's start. */
    public Xy at(long offsetNanos) {
        if (offsetNanos <= nanos[0]) {
            return new Xy(xs[0], ys[0]);
        }
        int last = nanos.length - 1;
        if (offsetNanos >= nanos[last]) {
            return new Xy(xs[last], ys[last]);
        }
        int i = 0;
        while (nanos[i + 1] < offsetNanos) {
            i++;
        }
        double f = (double) (offsetNanos - nanos[i]) / (nanos[i + 1] - nanos[i]);
        return new Xy(xs[i] + f * (xs[i + 1] - xs[i]), ys[i] + f * (ys[i + 1] - ys[i]));
    }
}

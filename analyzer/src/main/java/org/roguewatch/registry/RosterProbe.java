package org.roguewatch.registry;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One probe of the fleet: its id, the capture files it recorded, its sweep file if any, and where it
 * was — one position for a fixed probe, a timed track (GPS waypoints, straight lines at constant
 * speed between them) for a moving one.
 */
public record RosterProbe(String id, List<Path> captures, Path sweep, List<ProbeWaypoint> track, int line) {
    public RosterProbe {
        captures = List.copyOf(captures);
        track = List.copyOf(track);
    }

    public boolean moving() {
        return track.get(0).time() != null;
    }

    /** Latitude and longitude at a time (fixed probes and times outside the track: the nearest end). */
    public double[] positionAt(Instant time) {
        if (!moving() || time == null || !time.isAfter(track.get(0).time())) {
            return new double[] {track.get(0).latitude(), track.get(0).longitude()};
        }
        for (int i = 1; i < track.size(); i++) {
            ProbeWaypoint to = track.get(i);
            if (!time.isAfter(to.time())) {
                ProbeWaypoint from = track.get(i - 1);
                double span = Duration.between(from.time(), to.time()).toNanos();
                double f = span <= 0 ? 1 : Duration.between(from.time(), time).toNanos() / span;
                return new double[] {from.latitude() + f * (to.latitude() - from.latitude()),
                    from.longitude() + f * (to.longitude() - from.longitude())};
            }
        }
        ProbeWaypoint last = track.get(track.size() - 1);
        return new double[] {last.latitude(), last.longitude()};
    }
}

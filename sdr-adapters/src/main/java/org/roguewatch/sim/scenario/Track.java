package org.roguewatch.sim.scenario;

import java.time.Duration;
import java.util.List;

/**
 * A position over time: one waypoint for something fixed, several in strictly increasing time for
 * something that moves in straight lines at constant speed between them. Before the first
 * waypoint it waits at the first, after the last at the last.
 */
public record Track(List<Waypoint> waypoints) {
    public Track {
        waypoints = List.copyOf(waypoints);
        if (waypoints.isEmpty()) {
            throw new IllegalArgumentException("a track needs a waypoint");
        }
        for (int i = 1; i < waypoints.size(); i++) {
            if (waypoints.get(i).at().compareTo(waypoints.get(i - 1).at()) <= 0) {
                throw new IllegalArgumentException("waypoint times must increase: " + waypoints.get(i).at());
            }
        }
    }

    public static Track fixed(GeoPoint position) {
        return new Track(List.of(new Waypoint(Duration.ZERO, position)));
    }

    public boolean mobile() {
        return waypoints.size() > 1;
    }

    public GeoPoint first() {
        return waypoints.get(0).position();
    }
}

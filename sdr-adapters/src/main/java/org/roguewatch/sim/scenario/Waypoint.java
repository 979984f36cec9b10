package org.roguewatch.sim.scenario;

import java.time.Duration;

/** Where a mobile probe or emitter is at {@code at} after the scenario's start. */
public record Waypoint(Duration at, GeoPoint position) {
}

package org.roguewatch.registry;

import java.time.Instant;

/** Where a probe's antenna was: a fixed probe has one waypoint without a time. */
public record ProbeWaypoint(Instant time, double latitude, double longitude, Double heightM) {
}

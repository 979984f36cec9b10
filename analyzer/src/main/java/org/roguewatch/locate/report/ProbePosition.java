package org.roguewatch.locate.report;

import java.time.Instant;

/**
 * Where a probe was: a fixed probe has one position and no time; a moving one a position per
 * waypoint of its track.
 */
public record ProbePosition(String probeId, double lat, double lon, Instant time) {
}

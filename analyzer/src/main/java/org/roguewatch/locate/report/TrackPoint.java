package org.roguewatch.locate.report;

import java.time.Instant;

/** One position of a moving emitter's track: the filtered estimate for a time window. */
public record TrackPoint(Instant time, double lat, double lon, GeoEllipse ellipse95) {
}

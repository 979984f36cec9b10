package org.roguewatch.store;

import java.time.Instant;

/**
 * A probe's last known state.
 *
 * @param lat      null when the position is unknown
 * @param lastSeen when its data last arrived, or null
 * @param status   "ok", "silent", "stale", or what the ingest reports
 */
public record ProbeRow(String probeId, Double lat, Double lon, Instant lastSeen, String status) {
}

package org.roguewatch.store;

import java.time.Instant;

/**
 * A probe's last known state.
 *
 * @param lat      null when the position is unknown
 * @param lastSeen when its data last arrived, or null
 * @param status   "ok", "silent", "stale", or what the ingest reports
 * @param health   its last heartbeat as a JSON object, or null when none is known
 */
public record ProbeRow(String probeId, Double lat, Double lon, Instant lastSeen, String status, String health) {
    public ProbeRow(String probeId, Double lat, Double lon, Instant lastSeen, String status) {
        this(probeId, lat, lon, lastSeen, status, null);
    }
}

package org.roguewatch.ingest;

import java.time.Instant;
import org.roguewatch.uplink.ProbeHealth;

/**
 * What the registry knows about one probe.
 *
 * @param probeId      the probe (its certificate's CN)
 * @param state        alive, stale or silent
 * @param lastContact  when anything last arrived from it, or null when never
 * @param agentVersion what its hello said, or null
 * @param health       its last heartbeat, or null
 * @param batches      batches accepted from it
 * @param observations observations accepted from it
 * @param duplicates   resent batches dropped because they were already accepted
 * @param clockOffsetMillis analyzer time minus probe time at the last heartbeat (includes transit)
 */
public record ProbeStatus(String probeId, ProbeState state, Instant lastContact, String agentVersion,
                          ProbeHealth health, long batches, long observations, long duplicates,
                          long clockOffsetMillis) {
}

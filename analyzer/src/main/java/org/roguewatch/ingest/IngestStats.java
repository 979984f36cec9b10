package org.roguewatch.ingest;

import java.util.SortedMap;

/**
 * Counters of the ingest server since it started.
 *
 * @param batches          batches accepted and handed to the sink
 * @param observations     observations in them
 * @param duplicates       batches dropped as already accepted
 * @param sessions         probe sessions established (hello accepted)
 * @param unreadBatches    batches of a type without a registered codec (spectrum, until it lands),
 *                         acknowledged unread and quarantined
 * @param malformedBatches intact frames whose payload did not decode, acknowledged and quarantined
 * @param closedByReason   connections closed by the server, by reason
 */
public record IngestStats(long batches, long observations, long duplicates, long sessions, long unreadBatches,
                          long malformedBatches,
                          SortedMap<String, Long> closedByReason) {
}

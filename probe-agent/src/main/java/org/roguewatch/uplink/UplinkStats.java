package org.roguewatch.uplink;

/**
 * Counters of one uplink client.
 *
 * @param connects      sessions established (hello acknowledged)
 * @param failures      connection attempts or sessions that failed
 * @param batchesSent   batch frames written, resends included
 * @param resent        batch frames written again after a reconnect
 * @param acknowledged  the analyzer's latest cumulative ack
 * @param connected     whether a session is up now
 */
public record UplinkStats(long connects, long failures, long batchesSent, long resent, long acknowledged,
                          boolean connected) {
}

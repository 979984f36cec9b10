package org.roguewatch.uplink;

import java.time.Duration;

/**
 * Where and how a probe ships its spool.
 *
 * @param host              analyzer host
 * @param port              analyzer port
 * @param probeId           this probe's id (the CN of its certificate)
 * @param initialBackoff    first reconnect delay; doubled per failed attempt
 * @param maxBackoff        ceiling of the reconnect delay
 * @param heartbeatInterval how often health is sent while connected
 * @param windowRecords     records sent and not yet acknowledged, at most
 * @param maxPayload        largest frame payload accepted from the analyzer
 */
public record UplinkSettings(String host, int port, String probeId, Duration initialBackoff, Duration maxBackoff,
                             Duration heartbeatInterval, int windowRecords, int maxPayload) {
    public UplinkSettings {
        if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff: initial " + initialBackoff + " max " + maxBackoff);
        }
        if (windowRecords < 1) {
            throw new IllegalArgumentException("window of at least one record");
        }
    }

    public static UplinkSettings defaults(String host, int port, String probeId) {
        return new UplinkSettings(host, port, probeId, Duration.ofMillis(200), Duration.ofSeconds(30),
                Duration.ofSeconds(10), 64, WireFormat.DEFAULT_MAX_PAYLOAD);
    }
}

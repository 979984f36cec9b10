package org.roguewatch.ingest;

import java.time.Duration;

/**
 * Where the ingest server listens and what it tolerates.
 *
 * @param bindHost    address to bind (0.0.0.0 for all)
 * @param port        TCP port (0: any free one, for tests)
 * @param maxPayload  largest frame payload accepted; larger frames close the connection
 * @param idleTimeout a connection that sends nothing this long is closed (probes heartbeat well within it)
 */
public record IngestSettings(String bindHost, int port, int maxPayload, Duration idleTimeout) {
}

package org.roguewatch.store;

import java.time.Instant;

/**
 * An alert as stored: the columns the lifecycle and the API filter on, and the full JSON document.
 *
 * @param emitter     the emitter identity the alert is about (one open alert per emitter)
 * @param lastHeard   when the emitter last looked rogue, for the quiet-time resolve
 * @param resolvedAt  null while open
 * @param fingerprint digest of what the alert says, so an unchanged re-assessment is not an update
 * @param doc         the alert as JSON (docs/alert-schema.json)
 */
public record AlertRow(String id, String emitter, String target, String radio, String status, String severity,
                       double score, Instant openedAt, Instant updatedAt, Instant lastHeard, Instant resolvedAt,
                       int revision, String fingerprint, String doc) {
}

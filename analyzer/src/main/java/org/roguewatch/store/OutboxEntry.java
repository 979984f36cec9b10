package org.roguewatch.store;

import java.time.Instant;

/**
 * One webhook delivery waiting in (or done from) the persistent outbox.
 *
 * @param idempotencyKey unique per alert event; the receiver uses it to drop repeats
 * @param sink           the webhook sink's name, so several webhooks keep separate queues
 * @param body           the JSON body to POST, fixed when queued so a retry sends the same bytes
 * @param deliveredAt    null until the receiver answered 2xx
 */
public record OutboxEntry(String idempotencyKey, String sink, String body, Instant createdAt, int attempts,
                          Instant nextAttemptAt, Instant deliveredAt, String lastError) {
}

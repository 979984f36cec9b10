package org.roguewatch.alert.sink;

import java.net.URI;
import java.time.Duration;

/**
 * One webhook receiver.
 *
 * @param url          where events are POSTed (http or https)
 * @param secret       HMAC-SHA256 key; the receiver recomputes the signature over the raw body
 * @param timeout      per request
 * @param retryInitial delay before the first retry; doubled per failed attempt
 * @param retryMax     the longest delay between attempts
 * @param poll         how often the outbox is checked for due deliveries
 */
public record WebhookSettings(URI url, String secret, Duration timeout, Duration retryInitial, Duration retryMax,
                              Duration poll) {
    public static final String SIGNATURE_HEADER = "X-RogueWatch-Signature";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    public static final String EVENT_HEADER = "X-RogueWatch-Event";
}

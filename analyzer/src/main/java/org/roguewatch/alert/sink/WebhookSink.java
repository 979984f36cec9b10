package org.roguewatch.alert.sink;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.roguewatch.alert.AlertEvent;
import org.roguewatch.alert.AlertJson;
import org.roguewatch.store.OutboxEntry;
import org.roguewatch.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs alert events to a webhook, at least once and in order of creation. {@link #deliver} only queues the
 * event in the store's outbox (committed before it returns); a worker thread sends what is due, signs each body
 * with HMAC-SHA256, sends the event's idempotency key so the receiver can drop repeats, and on failure retries
 * with exponential backoff. The outbox outlives restarts: a new sink over the same store sends what was left.
 */
public final class WebhookSink implements AlertSink {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSink.class);
    private static final int BATCH = 50;

    private final String name;
    private final WebhookSettings settings;
    private final Store store;
    private final Clock clock;
    private final HttpClient http;
    private final ScheduledExecutorService worker;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failedAttempts = new AtomicLong();
    private volatile String lastFailure;

    public WebhookSink(String name, WebhookSettings settings, Store store, Clock clock) {
        this.name = name;
        this.settings = settings;
        this.store = store;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-" + name);
            thread.setDaemon(true);
            return thread;
        });
        long pollMs = Math.max(10, settings.poll().toMillis());
        worker.scheduleWithFixedDelay(this::drainQuietly, 0, pollMs, TimeUnit.MILLISECONDS);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void deliver(AlertEvent event) {
        Instant now = clock.instant();
        store.enqueue(new OutboxEntry(event.idempotencyKey(), name, AlertJson.event(event), now, 0, now, null, null));
        worker.execute(this::drainQuietly);
    }

    public long delivered() {
        return delivered.get();
    }

    public long failedAttempts() {
        return failedAttempts.get();
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.warn("webhook {}: outbox check failed: {}", name, e.getMessage());
        }
    }

    /** Sends every due entry; stops at the first failure so order is kept and a dead receiver is not hammered. */
    void drain() {
        List<OutboxEntry> due = store.due(name, clock.instant(), BATCH);
        for (OutboxEntry entry : due) {
            if (!send(entry)) {
                return;
            }
        }
    }

    private boolean send(OutboxEntry entry) {
        byte[] body = entry.body().getBytes(StandardCharsets.UTF_8);
        int attempt = entry.attempts() + 1;
        String failure;
        try {
            HttpRequest request = HttpRequest.newBuilder(settings.url()).timeout(settings.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header(WebhookSettings.IDEMPOTENCY_HEADER, entry.idempotencyKey())
                    .header(WebhookSettings.SIGNATURE_HEADER, HmacSignature.sign(settings.secret(), body))
                    .header(WebhookSettings.EVENT_HEADER, entry.idempotencyKey().substring(
                            entry.idempotencyKey().lastIndexOf(':') + 1))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                store.markDelivered(entry.idempotencyKey(), attempt, clock.instant());
                delivered.incrementAndGet();
                if (lastFailure != null) {
                    LOG.info("webhook {}: {} reachable again", name, settings.url());
                    lastFailure = null;
                }
                return true;
            }
            failure = "HTTP " + response.statusCode();
        } catch (IOException e) {
            failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        failedAttempts.incrementAndGet();
        Duration delay = backoff(attempt);
        store.markFailed(entry.idempotencyKey(), attempt, clock.instant().plus(delay), failure);
        if (!failure.equals(lastFailure)) {
            // Log a failure once per kind, not once per retry of every queued event.
            LOG.warn("webhook {}: POST {} failed ({}); retrying with backoff, events stay queued", name,
                    settings.url(), failure);
            lastFailure = failure;
        }
        return false;
    }

    /** retryInitial · 2^(attempt−1), capped at retryMax. */
    Duration backoff(int attempt) {
        Duration delay = settings.retryInitial();
        for (int i = 1; i < attempt && delay.compareTo(settings.retryMax()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : delay;
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

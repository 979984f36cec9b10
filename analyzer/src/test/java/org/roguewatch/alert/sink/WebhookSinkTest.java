package org.roguewatch.alert.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.alert.AlertEvent;
import org.roguewatch.alert.AlertFixtures;
import org.roguewatch.alert.AlertLifecycle;
import org.roguewatch.alert.AlertPolicy;
import org.roguewatch.store.OutboxEntry;
import org.roguewatch.store.Store;

class WebhookSinkTest {
    @TempDir
    Path dir;

    private static WebhookSettings settings(int port, Duration initial, Duration max) {
        return new WebhookSettings(URI.create("http://127.0.0.1:" + port + "/hook"), "k", Duration.ofSeconds(2),
                initial, max, Duration.ofMillis(20));
    }

    @Test
    void backoffDoublesFromTheFirstDelayUpToTheLongest() {
        try (Store store = Store.openH2File(dir.resolve("s"));
             WebhookSink sink = new WebhookSink("w", settings(9, Duration.ofSeconds(5), Duration.ofSeconds(60)),
                     store, Clock.systemUTC())) {
            assertEquals(List.of(5L, 10L, 20L, 40L, 60L, 60L), List.of(1, 2, 3, 4, 5, 30).stream()
                    .map(attempt -> sink.backoff(attempt).toSeconds()).toList());
        }
    }

    @Test
    void aReceiverAnsweringServerErrorsIsRetriedUntilItTakesTheEventOnce() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int call = calls.incrementAndGet();
            exchange.sendResponseHeaders(call <= 2 ? 503 : 204, -1);
            if (call > 2) {
                accepted.incrementAndGet();
            }
            exchange.close();
        });
        receiver.start();
        AlertEvent event = new AlertLifecycle(AlertPolicy.defaults(), Map.of())
                .assess(List.of(AlertFixtures.blaster(AlertFixtures.T0, 1)), AlertFixtures.T0).get(0);
        try (Store store = Store.openH2File(dir.resolve("s"));
             WebhookSink sink = new WebhookSink("w", settings(receiver.getAddress().getPort(), Duration.ofMillis(30),
                     Duration.ofMillis(100)), store, Clock.systemUTC())) {
            sink.deliver(event);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (sink.delivered() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(200);
            assertEquals(1, accepted.get());
            assertEquals(3, calls.get(), "two 503 answers, then success, then nothing more");
            OutboxEntry entry = store.outbox("w").get(0);
            assertEquals(3, entry.attempts());
            assertTrue(entry.deliveredAt() != null);
            assertEquals(2, sink.failedAttempts());
        } finally {
            receiver.stop(0);
        }
    }
}

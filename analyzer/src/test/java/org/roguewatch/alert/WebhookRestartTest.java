package org.roguewatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.roguewatch.alert.sink.HmacSignature;
import org.roguewatch.alert.sink.WebhookSettings;
import org.roguewatch.alert.sink.WebhookSink;
import org.roguewatch.registry.Severity;
import org.roguewatch.store.OutboxEntry;
import org.roguewatch.store.Store;
import org.roguewatch.store.StoreEngine;
import org.roguewatch.store.TestDatabase;

/**
 * The webhook acceptance: the receiver is down while alerts open and the analyzer restarts; once it is up every
 * alert event arrives exactly once, with a valid signature. The down time is
 * {@code -Droguewatch.webhookDownSeconds} (default 30, the figure; the test takes about that long) on the
 * default H2 store. On a real PostgreSQL server the same scenario runs with a down time of at most
 * {@value #POSTGRESQL_DOWN_SECONDS} s: what it proves there is that the outbox and the open alerts survive the
 * restart in that database, which does not need the full figure again.
 */
class WebhookRestartTest {
    private static final String SECRET = "s3cret-for-tests";
    private static final AlertPolicy POLICY = new AlertPolicy(6.0, Severity.HIGH, Duration.ofMinutes(30));
    private static final double POSTGRESQL_DOWN_SECONDS = 3;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = StoreEngine.class, names = {"H2_FILE", "POSTGRESQL"})
    void everyEventArrivesExactlyOnceWithAValidSignatureAfterReceiverOutageAndAnalyzerRestart(StoreEngine engine)
            throws Exception {
        double downSeconds = Double.parseDouble(System.getProperty("roguewatch.webhookDownSeconds", "30"));
        if (engine == StoreEngine.POSTGRESQL) {
            downSeconds = Math.min(downSeconds, POSTGRESQL_DOWN_SECONDS);
        }
        Duration down = Duration.ofMillis(Math.round(1000 * downSeconds));
        TestDatabase database = engine.fresh(dir);
        long start = System.nanoTime();
        int port = freePort();
        WebhookSettings settings = new WebhookSettings(URI.create("http://127.0.0.1:" + port + "/hook"), SECRET,
                Duration.ofSeconds(2), Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofMillis(100));
        Instant t0 = AlertFixtures.T0;
        List<String> expected = new ArrayList<>();

        // First life: two alerts open and one updates while the receiver is down.
        try (Store store = database.open();
             AlertPipeline pipeline = new AlertPipeline(POLICY, store, List.of(
                     new WebhookSink("webhook", settings, store, Clock.systemUTC())))) {
            pipeline.accept(List.of(AlertFixtures.blaster(t0, 1), AlertFixtures.catcher(t0)), t0)
                    .forEach(e -> expected.add(e.idempotencyKey()));
            pipeline.accept(List.of(AlertFixtures.blaster(t0.plusSeconds(60), 3)), t0.plusSeconds(60))
                    .forEach(e -> expected.add(e.idempotencyKey()));
            Thread.sleep(down.toMillis() / 3);
            assertTrue(store.outbox("webhook").stream().allMatch(e -> e.deliveredAt() == null && e.attempts() > 0),
                    "attempts were made and failed while the receiver was down");
        }
        assertEquals(3, expected.size());

        // Restart: the same conclusions again must not re-announce; the catcher then goes quiet and resolves.
        try (Store store = database.open();
             AlertPipeline pipeline = new AlertPipeline(POLICY, store, List.of(
                     new WebhookSink("webhook", settings, store, Clock.systemUTC())))) {
            assertEquals(List.of(), pipeline.accept(List.of(AlertFixtures.blaster(t0.plusSeconds(60), 3),
                    AlertFixtures.catcher(t0)), t0.plusSeconds(90)));
            pipeline.resolveQuiet(t0.plus(Duration.ofSeconds(30 * 60 + 30))).forEach(e -> expected.add(e.idempotencyKey()));
            assertEquals(4, expected.size(), "the catcher resolved in the second life");

            long upAt = start + down.toNanos();
            Thread.sleep(Math.max(0, (upAt - System.nanoTime()) / 1_000_000));
            Receiver receiver = Receiver.start(port);
            try {
                long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
                while (receiver.keys().size() < expected.size() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                Thread.sleep(300); // a duplicate would arrive now
                assertEquals(new TreeSet<>(expected), receiver.keys());
                receiver.counts.forEach((key, count) -> assertEquals(1, count.get(), "delivered once: " + key));
                assertEquals(0, receiver.badSignatures.get());
                assertTrue(store.outbox("webhook").stream().map(OutboxEntry::deliveredAt).allMatch(d -> d != null));
            } finally {
                receiver.server.stop(0);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A webhook receiver as a customer would write one: verify the signature, deduplicate on the key. */
    static final class Receiver {
        final HttpServer server;
        final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        final AtomicInteger badSignatures = new AtomicInteger();

        private Receiver(HttpServer server) {
            this.server = server;
        }

        static Receiver start(int port) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            Receiver receiver = new Receiver(server);
            server.createContext("/hook", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                String key = exchange.getRequestHeaders().getFirst(WebhookSettings.IDEMPOTENCY_HEADER);
                String signature = exchange.getRequestHeaders().getFirst(WebhookSettings.SIGNATURE_HEADER);
                if (!HmacSignature.verify(SECRET, body, signature)) {
                    receiver.badSignatures.incrementAndGet();
                    exchange.sendResponseHeaders(401, -1);
                } else {
                    assertTrue(new String(body, StandardCharsets.UTF_8).contains("\"idempotencyKey\":\"" + key + "\""));
                    receiver.counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                    exchange.sendResponseHeaders(204, -1);
                }
                exchange.close();
            });
            server.start();
            return receiver;
        }

        Set<String> keys() {
            return new TreeSet<>(counts.keySet());
        }
    }
}

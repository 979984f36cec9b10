package org.roguewatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.spool.Spool;
import org.roguewatch.uplink.ObservationBatchCodec;
import org.roguewatch.uplink.RecordType;
import org.roguewatch.uplink.UplinkClient;

/**
 * The fleet acceptance test: three probes send a million observations in total over TLS through a
 * proxy that cuts every link three times, while the analyzer is stopped and restarted twice; the
 * detection stage must see each observation exactly once.
 */
class FleetLoopbackTest {
    private static final int TOTAL = 1_000_000;
    private static final int BATCH = 1_000;
    private static final List<String> AGENTS = List.of("probe-a", "probe-b", "probe-c");

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aMillionObservationsArriveExactlyOnceThroughCutsAndRestarts(@TempDir Path directory) throws Exception {
        try (TestFleet fleet = new TestFleet(directory)) {
            fleet.startServer();
            try (DroppingTcpProxy proxy = new DroppingTcpProxy(fleet.port())) {
                List<Spool> spools = new ArrayList<>();
                List<UplinkClient> clients = new ArrayList<>();
                List<Thread> producers = new ArrayList<>();
                for (int a = 0; a < AGENTS.size(); a++) {
                    String probe = AGENTS.get(a);
                    Spool spool = fleet.spool(probe);
                    spools.add(spool);
                    UplinkClient client = fleet.client(probe, spool, proxy.port());
                    clients.add(client);
                    client.start();
                    int share = TOTAL / AGENTS.size() + (a < TOTAL % AGENTS.size() ? 1 : 0);
                    producers.add(producer(probe, spool, share));
                }
                producers.forEach(Thread::start);

                // Disruptions spread over the stream: each waits for progress, then strikes.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                String[] plan = {"cut", "restart", "cut", "restart", "cut"};
                for (int i = 0; i < plan.length; i++) {
                    long progress = (long) TOTAL * (i + 1) / (plan.length + 2);
                    assertTrue(fleet.sink.awaitDistinct(progress, deadline), "progress to " + progress + " stalled at "
                            + fleet.sink.distinct());
                    if (plan[i].equals("cut")) {
                        proxy.cutAll();
                    } else {
                        fleet.stopServer();
                        fleet.startServer();
                    }
                }
                for (Thread producer : producers) {
                    producer.join();
                }
                assertTrue(fleet.sink.awaitDistinct(TOTAL, deadline), "only " + fleet.sink.distinct() + " arrived");
                awaitAllAcknowledged(clients, spools, deadline);

                assertEquals(TOTAL, fleet.sink.distinct());
                assertEquals(0, fleet.sink.twice(), "observations delivered twice");
                assertEquals(3, proxy.cuts());
                long resent = clients.stream().mapToLong(c -> c.stats().resent()).sum();
                long duplicates = fleet.server().stats().duplicates();
                assertTrue(resent > 0, "the disruptions caused resends");
                System.out.printf("fleet loopback: %d observations, %d batches, %d resent by probes, "
                        + "%d duplicates dropped by the last server run%n", TOTAL, fleet.sink.batches(), resent,
                        duplicates);
                clients.forEach(UplinkClient::close);
                for (Spool spool : spools) {
                    assertEquals(0, spool.stats().pendingRecords());
                    spool.close();
                }
            }
        }
    }

    private static void awaitAllAcknowledged(List<UplinkClient> clients, List<Spool> spools, long deadline)
            throws InterruptedException {
        for (int i = 0; i < clients.size(); i++) {
            while (clients.get(i).stats().acknowledged() < spools.get(i).lastSequence()) {
                assertTrue(System.nanoTime() < deadline, "acks stalled");
                Thread.sleep(10);
            }
        }
    }

    private static Thread producer(String probe, Spool spool, int count) {
        ObservationBatchCodec codec = new ObservationBatchCodec();
        return new Thread(() -> {
            try {
                for (int from = 0; from < count; from += BATCH) {
                    int to = Math.min(count, from + BATCH);
                    spool.append(RecordType.OBSERVATION_BATCH,
                            codec.encode(SyntheticObservations.batch(probe, from, to)));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "producer " + probe);
    }
}

package org.roguewatch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.roguewatch.spool.Recovery;
import org.roguewatch.spool.Spool;
import org.roguewatch.spool.SpoolSettings;
import org.roguewatch.uplink.ObservationBatchCodec;
import org.roguewatch.uplink.RecordType;
import org.roguewatch.uplink.UplinkClient;

/**
 * The probe-fleet benchmark ({@code mvn -B -P bench -pl analyzer -am verify -DskipTests}, or alone:
 * {@code ... exec:exec@run-fleet-benchmark}): spool write throughput under the default group
 * commit and with a sync per record, spool recovery time after a restart, and observations per
 * second end to end from three probes' spools over loopback TLS into the detection stage.
 */
public final class FleetBenchmarkMain {
    private static final int BATCH = 1_000;

    private FleetBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("roguewatch-fleet-bench");
        try {
            byte[] payload = new ObservationBatchCodec().encode(SyntheticObservations.batch("probe-a", 0, BATCH));
            System.out.printf("one batch: %d observations in %d bytes (%.1f bytes/observation)%n", BATCH,
                    payload.length, payload.length / (double) BATCH);
            spoolWrites(work.resolve("spool-group"), payload, SpoolSettings.DEFAULTS, 5_000, "group commit 50 ms / 1000 records");
            spoolWrites(work.resolve("spool-each"), payload,
                    new SpoolSettings(1L << 30, 64L << 20, Duration.ZERO, 1), 500, "fsync per record");
            recovery(work.resolve("spool-group"));
            endToEnd(work.resolve("fleet"), 3, 3_000_000);
        } finally {
            delete(work);
        }
    }

    private static void spoolWrites(Path directory, byte[] payload, SpoolSettings settings, int records, String policy)
            throws IOException {
        try (Spool spool = Spool.open(directory, settings)) {
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                spool.append(RecordType.OBSERVATION_BATCH, payload);
            }
            spool.sync();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("spool write, %-36s %,8d records of %,d bytes: %,10.0f records/s  %7.1f MB/s  "
                    + "(%,.0f observations/s)%n", policy + ":", records, payload.length, records / seconds,
                    records * (double) payload.length / seconds / 1e6, records * (double) BATCH / seconds);
        }
    }

    private static void recovery(Path directory) throws IOException {
        try (Spool spool = Spool.open(directory, SpoolSettings.DEFAULTS)) {
            Recovery recovery = spool.recovery();
            System.out.printf("spool recovery after restart: %d segments, %,d records, %,.1f MB scanned and "
                    + "CRC-checked in %d ms%n", recovery.segments(), recovery.records(),
                    spool.stats().bytes() / 1e6, recovery.took().toMillis());
        }
    }

    private static void endToEnd(Path directory, int probes, int total) throws Exception {
        try (TestFleet fleet = new TestFleet(directory)) {
            fleet.startServer();
            List<Spool> spools = new ArrayList<>();
            List<UplinkClient> clients = new ArrayList<>();
            List<Thread> producers = new ArrayList<>();
            for (int p = 0; p < probes; p++) {
                String probe = TestFleet.PROBES.get(p);
                Spool spool = fleet.spool(probe);
                spools.add(spool);
                clients.add(fleet.client(probe, spool, fleet.port()));
                int share = total / probes;
                ObservationBatchCodec codec = new ObservationBatchCodec();
                producers.add(new Thread(() -> {
                    try {
                        for (int from = 0; from < share; from += BATCH) {
                            spool.append(RecordType.OBSERVATION_BATCH,
                                    codec.encode(SyntheticObservations.batch(probe, from, from + BATCH)));
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            long start = System.nanoTime();
            clients.forEach(UplinkClient::start);
            producers.forEach(Thread::start);
            long expected = (long) (total / probes) * probes;
            fleet.sink.awaitDistinct(expected, System.nanoTime() + Duration.ofMinutes(5).toNanos());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("end to end, %d probes -> spool -> TLS 1.3 loopback -> dedup -> decode -> sink: "
                    + "%,d observations in %.2f s = %,.0f observations/s (goal >= 200,000/s; duplicates %d)%n",
                    probes, fleet.sink.distinct(), seconds, fleet.sink.distinct() / seconds, fleet.sink.twice());
            clients.forEach(UplinkClient::close);
            for (Spool spool : spools) {
                spool.close();
            }
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}

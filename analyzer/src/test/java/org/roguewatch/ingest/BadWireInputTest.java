package org.roguewatch.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.spool.Spool;
import org.roguewatch.uplink.Hello;
import org.roguewatch.uplink.ObservationBatchCodec;
import org.roguewatch.uplink.RecordType;
import org.roguewatch.uplink.UplinkClient;
import org.roguewatch.uplink.WireFrameEncoder;

/**
 * A certified probe that sends a broken stream loses its connection, with the reason counted and
 * logged; a well-behaved probe connected at the same time keeps being served.
 */
class BadWireInputTest {
    @TempDir
    static Path directory;
    private static TestFleet fleet;
    private static Spool goodSpool;
    private static UplinkClient good;
    private static int goodSent;

    @BeforeAll
    static void start() throws Exception {
        fleet = new TestFleet(directory);
        fleet.startServer();
        goodSpool = fleet.spool("probe-a");
        good = fleet.client("probe-a", goodSpool, fleet.port());
        good.start();
        sendGood();
    }

    @AfterAll
    static void stop() throws Exception {
        good.close();
        goodSpool.close();
        fleet.close();
    }

    @Test
    void aWrongVersionClosesTheConnection() throws Exception {
        byte[] frame = WireFrameEncoder.frame(new Hello("probe-c", "test"));
        frame[2] = 9;
        assertClosedFor(frame, "unsupported-version", false);
    }

    @Test
    void anOversizeFrameClosesTheConnectionBeforeItsPayloadIsRead() throws Exception {
        byte[] header = ByteBuffer.allocate(8).putShort((short) 0x5257).put((byte) 1).put((byte) 2)
                .putInt(512 * 1024 * 1024).array();
        assertClosedFor(header, "oversize", true);
    }

    @Test
    void aTruncatedFrameAtTheEndOfTheConnectionIsReported() throws Exception {
        byte[] hello = WireFrameEncoder.frame(new Hello("probe-c", "test"));
        byte[] batch = WireFrameEncoder.frame(new org.roguewatch.uplink.Batch(RecordType.OBSERVATION_BATCH, 1,
                new ObservationBatchCodec().encode(SyntheticObservations.batch("probe-c", 0, 50))));
        long before = closed("truncated-frame");
        try (RawTlsConnection connection = new RawTlsConnection(fleet.probeTls("probe-c"), fleet.port())) {
            assertTrue(connection.handshake());
            connection.send(hello);
            connection.send(Arrays.copyOf(batch, batch.length / 2));
            Thread.sleep(100);
        }
        awaitClosedCount("truncated-frame", before + 1);
        assertGoodProbeStillServed();
    }

    @Test
    void garbageClosesTheConnection() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        garbage[0] = 0x13;
        assertClosedFor(garbage, "bad-magic", false);
    }

    @Test
    void aCorruptedFrameFailsItsCrc() throws Exception {
        byte[] frame = WireFrameEncoder.frame(new Hello("probe-c", "test"));
        frame[10] ^= 0x40;
        assertClosedFor(frame, "bad-crc", false);
    }

    @Test
    void aHelloForAnotherProbeThanTheCertificateIsRefused() throws Exception {
        assertClosedFor(WireFrameEncoder.frame(new Hello("probe-a", "test")), "probe-id-mismatch", false);
    }

    @Test
    void aReservedSpectrumBatchIsAcknowledgedUnreadWithoutClosing() throws Exception {
        long before = fleet.server().stats().unreadBatches();
        try (RawTlsConnection connection = new RawTlsConnection(fleet.probeTls("probe-c"), fleet.port())) {
            assertTrue(connection.handshake());
            connection.send(WireFrameEncoder.frame(new Hello("probe-c", "test")));
            connection.send(WireFrameEncoder.frame(new org.roguewatch.uplink.Batch(
                    RecordType.SPECTRUM_OBSERVATION_BATCH, 1, new byte[] {1, 2, 3})));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (fleet.server().stats().unreadBatches() == before) {
                assertTrue(System.nanoTime() < deadline, "spectrum batch not counted");
                Thread.sleep(5);
            }
            assertTrue(!connection.closedWithin(300), "the session stays open");
            assertTrue(connection.received() > 0, "hello and batch acknowledged");
        }
    }

    @Test
    void anIntactFrameWithAnUnreadablePayloadIsKeptAcknowledgedAndTheSessionGoesOn() throws Exception {
        long before = fleet.server().stats().malformedBatches();
        try (RawTlsConnection connection = new RawTlsConnection(fleet.probeTls("probe-b"), fleet.port())) {
            assertTrue(connection.handshake());
            connection.send(WireFrameEncoder.frame(new Hello("probe-b", "test")));
            long sequence = fleet.server().stats().batches() + 1_000;
            connection.send(WireFrameEncoder.frame(new org.roguewatch.uplink.Batch(RecordType.OBSERVATION_BATCH,
                    sequence, new byte[] {5, 0, 1})));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (fleet.server().stats().malformedBatches() == before) {
                assertTrue(System.nanoTime() < deadline, "malformed batch not counted");
                Thread.sleep(5);
            }
            assertTrue(!connection.closedWithin(300), "the session stays open");
            try (var kept = java.nio.file.Files.list(fleet.directory.resolve("marks").resolve("quarantine"))) {
                assertTrue(kept.anyMatch(f -> f.getFileName().toString().contains(String.format("%020d", sequence))),
                        "the unreadable batch is kept");
            }
        }
        assertGoodProbeStillServed();
    }

    private static void assertClosedFor(byte[] bytes, String reason, boolean headerOnly) throws Exception {
        long before = closed(reason);
        try (RawTlsConnection connection = new RawTlsConnection(fleet.probeTls("probe-c"), fleet.port())) {
            assertTrue(connection.handshake());
            connection.send(bytes);
            assertTrue(connection.closedWithin(5_000), "server closed the connection for " + reason
                    + (headerOnly ? " after the header alone" : ""));
        }
        awaitClosedCount(reason, before + 1);
        assertGoodProbeStillServed();
    }

    private static long closed(String reason) {
        return fleet.server().stats().closedByReason().getOrDefault(reason, 0L);
    }

    private static void awaitClosedCount(String reason, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (closed(reason) < expected) {
            assertTrue(System.nanoTime() < deadline, reason + " not counted: " + fleet.server().stats());
            Thread.sleep(5);
        }
    }

    private static void assertGoodProbeStillServed() throws Exception {
        sendGood();
    }

    private static void sendGood() throws Exception {
        int from = goodSent;
        goodSent += 100;
        goodSpool.append(RecordType.OBSERVATION_BATCH,
                new ObservationBatchCodec().encode(SyntheticObservations.batch("probe-a", from, goodSent)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (fleet.sink.distinctOf("probe-a") < goodSent) {
            assertTrue(System.nanoTime() < deadline, "the good probe is no longer served");
            Thread.sleep(5);
        }
    }
}

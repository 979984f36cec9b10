package org.roguewatch.spool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.uplink.RecordType;

class SpoolTest {
    private static final SpoolSettings SMALL = new SpoolSettings(16 * 1024, 4 * 1024, Duration.ofMillis(20), 100);

    @TempDir
    Path directory;

    @Test
    void recordsSurviveAReopenWithTheirSequencesAndPayloads() throws IOException {
        try (Spool spool = Spool.open(directory, SMALL)) {
            for (int i = 1; i <= 50; i++) {
                assertEquals(i, spool.append(RecordType.OBSERVATION_BATCH, payload(i)));
            }
        }
        try (Spool spool = Spool.open(directory, SMALL)) {
            assertEquals(50, spool.recovery().records());
            List<SpooledRecord> records = spool.read(1, 100, Long.MAX_VALUE);
            assertEquals(50, records.size());
            for (int i = 0; i < 50; i++) {
                assertEquals(i + 1, records.get(i).sequence());
                assertArrayEquals(payload(i + 1), records.get(i).payload());
            }
            assertEquals(51, spool.append(RecordType.OBSERVATION_BATCH, payload(51)));
        }
    }

    @Test
    void aTornTailRecordIsTruncatedAndTheRecordsBeforeItKept() throws IOException {
        try (Spool spool = Spool.open(directory, SMALL)) {
            for (int i = 1; i <= 5; i++) {
                spool.append(RecordType.OBSERVATION_BATCH, payload(i));
            }
        }
        Path last = newestSegment();
        long intact = Files.size(last);
        // Half a record: what a process killed in the middle of write() leaves.
        try (FileChannel channel = FileChannel.open(last, StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(new byte[] {0, 0, 0, 40, 0, 0, 0, 0, 0, 0, 0, 6, 2, 'x'}));
        }
        try (Spool spool = Spool.open(directory, SMALL)) {
            assertEquals(5, spool.recovery().records());
            assertEquals(14, spool.recovery().truncatedBytes());
            assertEquals(intact, Files.size(last));
            assertEquals(6, spool.append(RecordType.OBSERVATION_BATCH, payload(6)));
        }
    }

    @Test
    void aRecordWithABadCrcEndsTheSegmentThere() throws IOException {
        try (Spool spool = Spool.open(directory, SMALL)) {
            for (int i = 1; i <= 5; i++) {
                spool.append(RecordType.OBSERVATION_BATCH, payload(i));
            }
        }
        Path last = newestSegment();
        int recordLength = Segment.RECORD_OVERHEAD + payload(1).length;
        long thirdPayload = Segment.HEADER.length + 2L * recordLength + 13;
        try (FileChannel channel = FileChannel.open(last, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {'#'}), thirdPayload);
        }
        try (Spool spool = Spool.open(directory, SMALL)) {
            assertEquals(2, spool.recovery().records());
            assertEquals(3, spool.append(RecordType.OBSERVATION_BATCH, payload(3)));
        }
    }

    @Test
    void aFullSpoolDropsTheOldestSegmentsAndCountsTheRecordsLost() throws IOException {
        try (Spool spool = Spool.open(directory, SMALL)) {
            for (int i = 1; i <= 2000; i++) {
                spool.append(RecordType.OBSERVATION_BATCH, payload(i));
            }
            SpoolStats stats = spool.stats();
            assertTrue(stats.bytes() <= SMALL.maxBytes(), "bounded: " + stats.bytes());
            assertTrue(stats.droppedRecords() > 0);
            assertEquals(2000, stats.lastSequence());
            assertEquals(2000 - stats.droppedRecords(), stats.pendingRecords());
            List<SpooledRecord> left = spool.read(1, 5000, Long.MAX_VALUE);
            assertEquals(stats.pendingRecords(), left.size());
            assertEquals(stats.droppedRecords() + 1, left.get(0).sequence());
        }
    }

    @Test
    void acknowledgedSegmentsAreDeletedAndTheSequenceContinuesAfterARestart() throws IOException {
        try (Spool spool = Spool.open(directory, SMALL)) {
            for (int i = 1; i <= 300; i++) {
                spool.append(RecordType.OBSERVATION_BATCH, payload(i));
            }
            int segmentsBefore = spool.stats().segments();
            spool.acknowledge(300);
            assertTrue(segmentsBefore > 1);
            assertEquals(1, spool.stats().segments());
            assertEquals(0, spool.stats().pendingRecords());
        }
        try (Spool spool = Spool.open(directory, SMALL)) {
            assertEquals(301, spool.append(RecordType.OBSERVATION_BATCH, payload(301)));
        }
    }

    private Path newestSegment() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    private static byte[] payload(int i) {
        return String.format("observation batch %06d", i).getBytes(StandardCharsets.US_ASCII);
    }
}

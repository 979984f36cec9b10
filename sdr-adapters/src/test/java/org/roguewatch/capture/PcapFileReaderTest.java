package org.roguewatch.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.capture.PcapTestFiles.Record;
import org.roguewatch.capture.PcapTestFiles.Reports;
import org.roguewatch.testing.SharedCaptures;

class PcapFileReaderTest {
    @TempDir
    Path dir;

    private static List<Record> sampleRecords() {
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            byte[] data = new byte[40 + i * 7];
            Arrays.fill(data, (byte) (i + 1));
            records.add(new Record(Instant.ofEpochSecond(1_600_000_000L + i, 123_456_789L + i), data));
        }
        return records;
    }

    @Test
    void sharedGsmCaptureReadsEveryFrameNumberedFromOneAsZeroCopyViews() throws IOException {
        Path file = SharedCaptures.require(SharedCaptures.GSM_VODAFONE_ARFCN725);
        Reports reports = new Reports();
        List<CapturedPacket> packets = PcapTestFiles.readAll(new PcapFileReader(file, reports));

        assertEquals(674, packets.size(), "capinfos counts 674 packets");
        assertEquals(List.of(), reports.reasons);
        for (int i = 0; i < packets.size(); i++) {
            CapturedPacket p = packets.get(i);
            assertEquals(i + 1, p.ref().frame());
            assertEquals(file.toString(), p.ref().source());
            assertEquals(LinkTypes.ETHERNET, p.linkType());
            assertTrue(p.data().isReadOnly(), "read-only");
            assertTrue(p.data().isDirect(), "a slice of the memory map, not a heap copy");
        }
    }

    @Test
    void bothByteOrdersAndBothResolutionsReadTheSamePackets() throws IOException {
        List<Record> records = sampleRecords();
        for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
            for (boolean nano : List.of(false, true)) {
                Path file = PcapTestFiles.write(dir.resolve(order + "-" + nano + ".pcap"),
                        PcapTestFiles.pcap(order, nano, LinkTypes.ETHERNET, 65535, records));
                PcapFileReader reader = new PcapFileReader(file, new Reports());
                assertEquals(order, reader.byteOrder());
                assertEquals(nano, reader.nanosecondResolution());
                assertEquals(65535, reader.snaplen());
                List<CapturedPacket> packets = PcapTestFiles.readAll(reader);
                assertEquals(records.size(), packets.size());
                for (int i = 0; i < records.size(); i++) {
                    Instant written = records.get(i).time();
                    Instant expected = nano ? written : written.minusNanos(written.getNano() % 1000);
                    assertEquals(expected, packets.get(i).ref().time(), order + " nano=" + nano);
                    assertArrayEquals(records.get(i).data(), Bytes.toArray(packets.get(i).data()));
                }
            }
        }
    }

    @Test
    void fcsBitsInTheLinkTypeFieldAreMasked() throws IOException {
        // FCS length 4 in the top nibble and the "FCS length present" bit (libpcap LT_FCS_*).
        long field = 0x4000_0000L | 0x0400_0000L | LinkTypes.ETHERNET;
        Path file = PcapTestFiles.write(dir.resolve("fcs.pcap"),
                PcapTestFiles.pcap(ByteOrder.LITTLE_ENDIAN, false, field, 65535, sampleRecords()));
        PcapFileReader reader = new PcapFileReader(file, new Reports());
        assertEquals(LinkTypes.ETHERNET, reader.linkType());
        assertEquals(LinkTypes.ETHERNET, PcapTestFiles.readAll(reader).get(0).linkType());
    }

    @Test
    void tinyMappingWindowsGiveTheSamePacketsAsOneLargeWindow() throws IOException {
        Path file = SharedCaptures.require(SharedCaptures.LTE_SNIFFER_GSMTAP);
        List<CapturedPacket> whole = PcapTestFiles.readAll(new PcapFileReader(file, new Reports()));
        Reports reports = new Reports();
        List<CapturedPacket> windowed = PcapTestFiles.readAll(new PcapFileReader(file, reports, 61));
        assertEquals(List.of(), reports.reasons);
        assertEquals(whole.size(), windowed.size());
        for (int i = 0; i < whole.size(); i++) {
            assertEquals(whole.get(i).ref(), windowed.get(i).ref());
            assertEquals(whole.get(i).data(), windowed.get(i).data());
        }
    }

    @Test
    void recordsBeyondTwoGibibytesAreRead() throws IOException {
        // A sparse file: 8,200 records of 262,144 bytes each (holes of zeros) take it past 2 GiB;
        // only the headers and the last record's data are written.
        int caplen = PcapFileReader.MAXIMUM_SNAPLEN;
        int count = 8_200;
        Path file = dir.resolve("large.pcap");
        byte[] marker = "last record".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap(PcapTestFiles.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, caplen, List.of())));
            long position = PcapFileReader.FILE_HEADER_LENGTH;
            for (int i = 0; i < count; i++) {
                ByteBuffer header = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
                        .putInt(1_600_000_000 + i).putInt(0).putInt(caplen).putInt(caplen).flip();
                out.write(header, position);
                position += 16 + caplen;
            }
            out.write(ByteBuffer.wrap(marker), position - caplen);
            out.write(ByteBuffer.wrap(new byte[] {1}), position - 1);
        }
        assertTrue(Files.size(file) > (2L << 30), "file is larger than 2 GiB");

        Reports reports = new Reports();
        CapturedPacket last = null;
        long packets = 0;
        try (PcapFileReader reader = new PcapFileReader(file, reports)) {
            for (CapturedPacket p = reader.next(); p != null; p = reader.next()) {
                last = p;
                packets++;
            }
        }
        assertEquals(List.of(), reports.reasons);
        assertEquals(count, packets);
        assertEquals(count, last.ref().frame());
        assertEquals(Instant.ofEpochSecond(1_600_000_000L + count - 1), last.ref().time());
        byte[] start = new byte[marker.length];
        last.data().get(0, start);
        assertArrayEquals(marker, start);
        assertEquals(1, last.data().get(caplen - 1));
    }

    @Test
    void fileCutAnywhereInsideItsLastRecordDeliversTheEarlierOnesAndReportsTheCut() throws IOException {
        List<Record> records = sampleRecords();
        byte[] whole = PcapTestFiles.pcap(ByteOrder.BIG_ENDIAN, true, 1, 65535, records);
        int lastRecordStart = whole.length - 16 - records.get(records.size() - 1).data().length;
        for (int cut = lastRecordStart + 1; cut < whole.length; cut++) {
            Path file = PcapTestFiles.write(dir.resolve("cut.pcap"), Arrays.copyOf(whole, cut));
            Reports reports = new Reports();
            List<CapturedPacket> packets = PcapTestFiles.readAll(new PcapFileReader(file, reports));
            assertEquals(records.size() - 1, packets.size(), "cut at " + cut);
            assertEquals(List.of("pcap.truncated-record"), reports.reasons, "cut at " + cut);
            assertEquals(records.size(), reports.refs.get(0).frame(), "the missing frame is named");
        }
    }

    @Test
    void fileCutInsideItsFileHeaderReportsTheHeaderAndYieldsNothing() throws IOException {
        byte[] whole = PcapTestFiles.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 65535, sampleRecords());
        for (int cut = 0; cut < PcapFileReader.FILE_HEADER_LENGTH; cut++) {
            Path file = PcapTestFiles.write(dir.resolve("header.pcap"), Arrays.copyOf(whole, cut));
            Reports reports = new Reports();
            if (cut < 4) {
                IOException e = assertThrows(IOException.class, () -> new PcapFileReader(file, reports));
                assertTrue(e.getMessage().contains("is not a pcap capture"), e.getMessage());
                continue;
            }
            List<CapturedPacket> packets = PcapTestFiles.readAll(new PcapFileReader(file, reports));
            assertEquals(List.of(), packets);
            assertEquals(List.of("pcap.truncated-header"), reports.reasons, "cut at " + cut);
        }
    }

    @Test
    void absurdCaptureLengthIsReportedAndEndsTheCapture() throws IOException {
        List<Record> records = new ArrayList<>(sampleRecords());
        records.add(2, new Record(Instant.EPOCH, new byte[8], 1L << 31, 1L << 31));
        Path file = PcapTestFiles.write(dir.resolve("caplen.pcap"),
                PcapTestFiles.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 65535, records));
        Reports reports = new Reports();
        List<CapturedPacket> packets = PcapTestFiles.readAll(new PcapFileReader(file, reports));
        assertEquals(2, packets.size());
        assertEquals(List.of("pcap.bad-caplen"), reports.reasons);
        assertEquals(3, reports.refs.get(0).frame());
        assertTrue(reports.details.get(0).contains("2147483648"), reports.details.get(0));
    }

    @Test
    void captureLengthAboveTheSnaplenIsReportedButTheRecordIsKept() throws IOException {
        Path file = PcapTestFiles.write(dir.resolve("snaplen.pcap"),
                PcapTestFiles.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 45, sampleRecords()));
        Reports reports = new Reports();
        List<CapturedPacket> packets = PcapTestFiles.readAll(new PcapFileReader(file, reports));
        assertEquals(5, packets.size());
        // Records 2..5 hold 47, 54, 61 and 68 bytes, above the snaplen of 45.
        assertEquals(List.of(2L, 3L, 4L, 5L), reports.refs.stream().map(FrameRef::frame).toList());
        assertTrue(reports.reasons.stream().allMatch("pcap.caplen-over-snaplen"::equals));
        assertEquals(68, packets.get(4).data().remaining());
    }

    @Test
    void unknownFormatVersionIsReported() throws IOException {
        byte[] bytes = PcapTestFiles.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 65535, sampleRecords());
        bytes[4] = 3;
        Reports reports = new Reports();
        List<CapturedPacket> packets = PcapTestFiles.readAll(
                new PcapFileReader(PcapTestFiles.write(dir.resolve("v3.pcap"), bytes), reports));
        assertEquals(List.of(), packets);
        assertEquals(List.of("pcap.unsupported-version"), reports.reasons);
    }

    @Test
    void capturedShorterThanOnTheWireIsKeptWithItsOriginalLength() throws IOException {
        Record cut = new Record(Instant.ofEpochSecond(5), new byte[20], 20, 1500);
        Path file = PcapTestFiles.write(dir.resolve("short.pcap"),
                PcapTestFiles.pcap(ByteOrder.LITTLE_ENDIAN, false, 1, 20, List.of(cut)));
        CapturedPacket packet = PcapTestFiles.readAll(new PcapFileReader(file, new Reports())).get(0);
        assertEquals(1500, packet.originalLength());
        assertTrue(packet.truncatedBySnaplen());
    }
}

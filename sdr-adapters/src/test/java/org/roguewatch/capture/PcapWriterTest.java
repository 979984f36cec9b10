package org.roguewatch.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.capture.PcapTestFiles.Reports;

class PcapWriterTest {
    @TempDir
    Path dir;

    private static final Instant START = Instant.parse("2024-03-01T12:00:00.123456789Z");

    private static List<byte[]> payloads() {
        Random random = new Random(7);
        List<byte[]> payloads = new ArrayList<>();
        for (int length : new int[] {0, 1, 23, 81, 1472, 9000, PcapWriter.MAX_PAYLOAD}) {
            byte[] payload = new byte[length];
            random.nextBytes(payload);
            payloads.add(payload);
        }
        return payloads;
    }

    private Path write(PcapWriter.Resolution resolution, List<byte[]> payloads) throws IOException {
        Path file = dir.resolve(resolution + ".pcap");
        try (PcapWriter writer = PcapWriter.create(file, resolution)) {
            for (int i = 0; i < payloads.size(); i++) {
                ByteBuffer payload = ByteBuffer.wrap(payloads.get(i));
                if (i % 2 == 0) {
                    writer.writeUdp(START.plusMillis(i), payloads.get(i), 34567 + i, 4729);
                } else {
                    writer.writeUdp(START.plusMillis(i), payload.asReadOnlyBuffer(), 34567 + i, 4729);
                }
            }
        }
        return file;
    }

    @Test
    void readerGetsBackEveryDatagramWithItsTimePortsAndPayload() throws IOException {
        List<byte[]> payloads = payloads();
        for (PcapWriter.Resolution resolution : PcapWriter.Resolution.values()) {
            Path file = write(resolution, payloads);
            Reports reports = new Reports();
            List<CapturedPacket> pureJava = PcapTestFiles.readAll(CaptureFiles.open(file, reports));
            assertEquals(List.of(), reports.reasons);
            assertEquals(payloads.size(), pureJava.size());
            for (int i = 0; i < payloads.size(); i++) {
                Instant written = START.plusMillis(i);
                Instant expected = resolution == PcapWriter.Resolution.NANOSECONDS
                        ? written : written.minusNanos(written.getNano() % 1000);
                assertEquals(expected, pureJava.get(i).ref().time());
                assertEquals(LinkTypes.ETHERNET, pureJava.get(i).linkType());
                UdpDatagram udp = assertInstanceOf(UdpDatagram.class, Decapsulator.unwrap(pureJava.get(i)));
                assertEquals(34567 + i, udp.sourcePort());
                assertEquals(4729, udp.destinationPort());
                assertArrayEquals(payloads.get(i), Bytes.toArray(udp.payload()));
            }
        }
    }

    @Test
    void libpcapReadsTheWrittenFilesAsThePureJavaReaderDoes() throws IOException {
        Libpcap.assumeAvailable();
        for (PcapWriter.Resolution resolution : PcapWriter.Resolution.values()) {
            Path file = write(resolution, payloads());
            Reports reports = new Reports();
            Pcap4jPacketReaderTest.assertSamePackets(PcapTestFiles.readAll(Pcap4jPacketReader.open(file, reports)),
                    PcapTestFiles.readAll(new PcapFileReader(file, reports)));
            assertEquals(List.of(), reports.reasons);
        }
    }

    @Test
    void ipv4HeaderAndUdpChecksumsVerify() throws IOException {
        Path file = write(PcapWriter.Resolution.MICROSECONDS, payloads());
        for (CapturedPacket packet : PcapTestFiles.readAll(new PcapFileReader(file, new Reports()))) {
            byte[] frame = Bytes.toArray(packet.data());
            // Summing a header with its checksum in place gives 0 (RFC 1071).
            assertEquals(0, PcapWriter.internetChecksum(frame, 14, 20, 0), "IPv4 header checksum");
            assertEquals(0x7F000001, ByteBuffer.wrap(frame, 26, 8).getInt(), "source 127.0.0.1");
            assertEquals(0x7F000001, ByteBuffer.wrap(frame, 30, 4).getInt(), "destination 127.0.0.1");
            int udpLength = frame.length - 34;
            byte[] padded = java.util.Arrays.copyOfRange(frame, 34, 34 + udpLength + (udpLength & 1));
            long pseudoHeader = 0x7F00 + 0x0001 + 0x7F00 + 0x0001 + 17 + udpLength;
            assertEquals(0, PcapWriter.internetChecksum(padded, 0, padded.length, pseudoHeader), "UDP checksum");
        }
    }

    @Test
    void outOfRangeInputsAreRefused() throws IOException {
        try (PcapWriter writer = new PcapWriter(new ByteArrayOutputStream(), PcapWriter.Resolution.MICROSECONDS)) {
            assertThrows(IllegalArgumentException.class, () -> writer.writeUdp(START, new byte[PcapWriter.MAX_PAYLOAD + 1], 1, 2));
            assertThrows(IllegalArgumentException.class, () -> writer.writeUdp(Instant.EPOCH.minusSeconds(1), new byte[1], 1, 2));
            assertThrows(IllegalArgumentException.class, () -> writer.writeUdp(Instant.parse("2107-01-01T00:00:00Z"), new byte[1], 1, 2));
            assertThrows(IllegalArgumentException.class, () -> writer.writeUdp(START, new byte[1], 65536, 2));
        }
    }

    @Test
    void payloadBufferPositionIsLeftAlone() throws IOException {
        ByteBuffer payload = ByteBuffer.allocateDirect(10);
        payload.position(3);
        try (PcapWriter writer = new PcapWriter(new ByteArrayOutputStream(), PcapWriter.Resolution.NANOSECONDS)) {
            writer.writeUdp(START, payload, 1, 2);
        }
        assertEquals(3, payload.position());
    }
}

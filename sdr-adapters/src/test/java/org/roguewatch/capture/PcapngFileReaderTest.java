package org.roguewatch.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.capture.PcapTestFiles.Reports;
import org.roguewatch.testing.SharedCaptures;

class PcapngFileReaderTest {
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final ByteOrder BE = ByteOrder.BIG_ENDIAN;
    private static final int TSRESOL_NANOSECONDS = 9;
    private static final int TSRESOL_MICROSECONDS = 6;
    /** A block type no pcapng document assigns. */
    private static final int UNKNOWN_BLOCK = 0x00000099;

    @TempDir
    Path dir;

    private static long units(Instant time, long perSecond) {
        return time.getEpochSecond() * perSecond + time.getNano() / (1_000_000_000L / perSecond);
    }

    private static byte[] bytes(CapturedPacket packet) {
        return Bytes.toArray(packet.data());
    }

    /**
     * The shared GSM capture re-written as pcapng in four sections: little-endian with
     * microseconds (obsolete Packet Blocks), big-endian with nanoseconds and an if_tsoffset
     * (Enhanced Packet Blocks, an unknown block type in the middle), big-endian Simple Packet Blocks
     * (no time stamps), then little-endian nanoseconds again with two interfaces.
     */
    private Path gsmCaptureAsPcapng(List<CapturedPacket> packets) throws IOException {
        PcapngTestWriter out = new PcapngTestWriter();
        int quarter = packets.size() / 4;
        out.section(LE).interfaceBlock(LinkTypes.ETHERNET, 65535, TSRESOL_MICROSECONDS, null);
        for (CapturedPacket p : packets.subList(0, quarter)) {
            out.obsoletePacket(0, units(p.ref().time(), 1_000_000), bytes(p), p.originalLength());
        }
        long offset = 1_000_000_000L;
        out.section(BE, 12345).interfaceBlock(LinkTypes.ETHERNET, 0, TSRESOL_NANOSECONDS, offset);
        out.block(PcapngTestWriter.NAME_RESOLUTION, new byte[] {0, 0, 0, 0});
        for (CapturedPacket p : packets.subList(quarter, 2 * quarter)) {
            out.enhancedPacket(0, units(p.ref().time().minusSeconds(offset), 1_000_000_000), bytes(p), p.originalLength());
            if (p.ref().frame() == quarter + 10) {
                out.block(UNKNOWN_BLOCK, "unknown to us, legal in pcapng".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
        }
        out.block(PcapngTestWriter.INTERFACE_STATISTICS, new byte[12]);
        out.section(BE).interfaceBlock(LinkTypes.ETHERNET, 65535, null, null);
        for (CapturedPacket p : packets.subList(2 * quarter, 3 * quarter)) {
            out.simplePacket(bytes(p), p.originalLength());
        }
        out.section(LE).interfaceBlock(LinkTypes.LINUX_SLL, 65535, TSRESOL_MICROSECONDS, null)
                .interfaceBlock(LinkTypes.ETHERNET, 65535, TSRESOL_NANOSECONDS, null);
        for (CapturedPacket p : packets.subList(3 * quarter, packets.size())) {
            out.enhancedPacket(1, units(p.ref().time(), 1_000_000_000), bytes(p), p.originalLength());
        }
        return out.write(dir.resolve("gsm.pcapng"));
    }

    @Test
    void gsmCaptureAsMultiSectionPcapngYieldsTheSameUdpPayloadsAsThePcap() throws IOException {
        Path pcap = SharedCaptures.require(SharedCaptures.GSM_VODAFONE_ARFCN725);
        List<CapturedPacket> original = PcapTestFiles.readAll(new PcapFileReader(pcap, new Reports()));
        Path pcapng = gsmCaptureAsPcapng(original);

        Reports reports = new Reports();
        PcapngFileReader reader = new PcapngFileReader(pcapng, reports);
        List<CapturedPacket> read = PcapTestFiles.readAll(reader);

        assertEquals(List.of(), reports.reasons);
        assertEquals(original.size(), read.size());
        assertEquals(Map.of("pcapng.block-0x00000004", 1, "pcapng.block-0x00000005", 1, "pcapng.block-0x00000099", 1),
                reader.skippedBlocks());
        int quarter = original.size() / 4;
        for (int i = 0; i < original.size(); i++) {
            CapturedPacket expected = original.get(i);
            CapturedPacket actual = read.get(i);
            assertEquals(i + 1, actual.ref().frame(), "frames count packets only");
            assertEquals(pcapng.toString(), actual.ref().source());
            assertEquals(LinkTypes.ETHERNET, actual.linkType());
            assertTrue(actual.data().isReadOnly() && actual.data().isDirect(), "zero-copy view of the map");
            boolean simple = i >= 2 * quarter && i < 3 * quarter;
            Instant expectedTime = simple ? original.get(2 * quarter - 1).ref().time() : expected.ref().time();
            assertEquals(expectedTime, actual.ref().time(), "frame " + (i + 1));
            UdpDatagram want = assertInstanceOf(UdpDatagram.class, Decapsulator.unwrap(expected));
            UdpDatagram got = assertInstanceOf(UdpDatagram.class, Decapsulator.unwrap(actual));
            assertEquals(want.payload(), got.payload(), "payload of frame " + (i + 1));
            assertEquals(want.destinationPort(), got.destinationPort());
        }
    }

    @Test
    void singleSectionPcapngReadsAsLibpcapReadsIt() throws IOException {
        Libpcap.assumeAvailable();
        Path pcap = SharedCaptures.require(SharedCaptures.LTE_SNIFFER_GSMTAP);
        List<CapturedPacket> original = PcapTestFiles.readAll(new PcapFileReader(pcap, new Reports()));
        for (ByteOrder order : List.of(LE, BE)) {
            for (int tsresol : new int[] {TSRESOL_MICROSECONDS, TSRESOL_NANOSECONDS}) {
                PcapngTestWriter out = new PcapngTestWriter().section(order).interfaceBlock(LinkTypes.ETHERNET, 262144, tsresol, null);
                long perSecond = tsresol == TSRESOL_NANOSECONDS ? 1_000_000_000L : 1_000_000L;
                for (CapturedPacket p : original.subList(0, 200)) {
                    out.enhancedPacket(0, units(p.ref().time().plusNanos(tsresol == 9 ? 17 : 0), perSecond), bytes(p), p.originalLength());
                }
                Path file = out.write(dir.resolve("single.pcapng"));
                Pcap4jPacketReaderTest.assertSamePackets(
                        PcapTestFiles.readAll(Pcap4jPacketReader.open(file, new Reports())),
                        PcapTestFiles.readAll(new PcapngFileReader(file, new Reports())));
            }
        }
    }

    @Test
    void powerOfTwoResolutionAndOffsetConvertToInstants() {
        PcapngInterface binary = new PcapngInterface(1, 0, 0x80 | 10, 0);
        assertEquals(Instant.ofEpochSecond(5, 500_000_000), binary.instant(5 * 1024 + 512));
        assertEquals(Instant.ofEpochSecond(0, 976_562), binary.instant(1), "1/1024 s, truncated to the nanosecond");
        PcapngInterface tenths = new PcapngInterface(1, 0, 1, -100);
        assertEquals(Instant.ofEpochSecond(23, 400_000_000), tenths.instant(1234));
        PcapngInterface picoseconds = new PcapngInterface(1, 0, 12, 0);
        assertEquals(Instant.ofEpochSecond(1, 2_345), picoseconds.instant(1_000_002_345_678L));
        PcapngInterface seconds = new PcapngInterface(1, 0, 0, 0);
        assertNull(seconds.instant(-1L), "2^64-1 seconds lies beyond Instant");
        PcapngInterface huge = new PcapngInterface(1, 0, 0x80 | 100, 0);
        assertEquals(Instant.EPOCH, huge.instant(-1L), "2^64 units of 2^-100 s are well under a second");
    }

    @Test
    void customBlocksUseUpAFrameNumberAsInWiresharkButOtherSkippedBlocksDoNot() throws IOException {
        PcapngTestWriter out = new PcapngTestWriter().section(BE).interfaceBlock(LinkTypes.RAW, 0, null, null);
        sample(1, out);
        out.block(PcapngTestWriter.CUSTOM, new byte[] {0, 0, 0, 1, 'x'}); // Private Enterprise Number 1
        sample(1, out);
        out.block(PcapngTestWriter.NAME_RESOLUTION, new byte[4]).block(UNKNOWN_BLOCK, new byte[8]);
        sample(1, out);
        out.block(0x40000BAD, new byte[] {0, 0, 0, 1});
        sample(1, out);
        PcapngFileReader reader = new PcapngFileReader(out.write(dir.resolve("custom.pcapng")), new Reports());
        // tshark 4.0 lists this file as frames 1 (packet), 2 (custom block), 3, 4, 5 (custom block), 6.
        assertEquals(List.of(1L, 3L, 4L, 6L), PcapTestFiles.readAll(reader).stream().map(p -> p.ref().frame()).toList());
        assertEquals(Map.of("pcapng.block-0x00000bad", 1, "pcapng.block-0x40000bad", 1,
                "pcapng.block-0x00000004", 1, "pcapng.block-0x00000099", 1), reader.skippedBlocks());
    }

    @Test
    void simplePacketIsCutToTheSnaplenOfInterfaceZero() throws IOException {
        byte[] frame = new byte[100];
        Arrays.fill(frame, (byte) 7);
        Path file = new PcapngTestWriter().section(LE).interfaceBlock(LinkTypes.ETHERNET, 60, null, null)
                .simplePacket(Arrays.copyOf(frame, 60), 100).write(dir.resolve("spb.pcapng"));
        CapturedPacket packet = PcapTestFiles.readAll(new PcapngFileReader(file, new Reports())).get(0);
        assertEquals(60, packet.data().remaining());
        assertEquals(100, packet.originalLength());
        assertEquals(Instant.EPOCH, packet.ref().time(), "no earlier packet to take a time from");
    }

    private static void sample(int count, PcapngTestWriter out) {
        for (int i = 0; i < count; i++) {
            out.enhancedPacket(0, 1_700_000_000_000_000L + i, new byte[] {(byte) i, 1, 2, 3, 4}, 5);
        }
    }

    private PcapngTestWriter twoPackets(ByteOrder order) {
        PcapngTestWriter out = new PcapngTestWriter().section(order).interfaceBlock(LinkTypes.RAW, 0, null, null);
        sample(2, out);
        return out;
    }

    private void assertStopsWith(String reason, PcapngTestWriter out, int expectedPackets) throws IOException {
        sample(1, out); // a good packet after the damage, never reached
        Reports reports = new Reports();
        List<CapturedPacket> packets = PcapTestFiles.readAll(new PcapngFileReader(out.write(dir.resolve("bad.pcapng")), reports));
        assertEquals(expectedPackets, packets.size());
        assertEquals(List.of(reason), reports.reasons, reports.details.toString());
        assertEquals(expectedPackets + 1, reports.refs.get(0).frame());
    }

    @Test
    void badBlockLengthsAreReportedAndStopReading() throws IOException {
        for (ByteOrder order : List.of(LE, BE)) {
            assertStopsWith("pcapng.bad-block-length", twoPackets(order).rawBlock(6, 30, new byte[20], 30), 2);
            assertStopsWith("pcapng.bad-block-length", twoPackets(order).rawBlock(0x99, 8, new byte[0], 8), 2);
            assertStopsWith("pcapng.bad-block-length", twoPackets(order).rawBlock(6, 1 << 20, new byte[20], 1 << 20), 2);
            assertStopsWith("pcapng.bad-block-length", twoPackets(order).rawBlock(6, 32, new byte[20], 36), 2);
            assertStopsWith("pcapng.bad-block-length", twoPackets(order).rawBlock(6, 0xFFFF_FFFCL, new byte[20], 32), 2);
        }
    }

    @Test
    void badSectionHeadersStopReading() throws IOException {
        PcapngTestWriter badMagic = twoPackets(LE).rawBlock(0x0A0D0D0A, 28, new byte[] {1, 2, 3, 4, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 28);
        assertStopsWith("pcapng.bad-byte-order-magic", badMagic, 2);
        byte[] version2 = java.nio.ByteBuffer.allocate(16).order(LE).putInt(0x1A2B3C4D).putShort((short) 2).array();
        assertStopsWith("pcapng.unsupported-version", twoPackets(LE).block(0x0A0D0D0A, version2), 2);
    }

    @Test
    void packetProblemsInsideSoundBlocksSkipThatPacketOnly() throws IOException {
        PcapngTestWriter out = twoPackets(BE);
        out.enhancedPacket(3, 0, new byte[4], 4); // no interface 3
        byte[] caplenBeyondBlock = java.nio.ByteBuffer.allocate(24).order(BE).putInt(0).putInt(0).putInt(0).putInt(100).putInt(100).array();
        out.block(6, caplenBeyondBlock);
        sample(1, out);
        Reports reports = new Reports();
        List<CapturedPacket> packets = PcapTestFiles.readAll(new PcapngFileReader(out.write(dir.resolve("skip.pcapng")), reports));
        assertEquals(List.of(1L, 2L, 5L), packets.stream().map(p -> p.ref().frame()).toList(), "skipped packets keep their numbers");
        assertEquals(List.of("pcapng.unknown-interface", "pcapng.bad-caplen"), reports.reasons);
    }

    @Test
    void fileCutAtEveryOffsetNeverThrowsAndDeliversAPrefix() throws IOException {
        PcapngTestWriter out = twoPackets(LE);
        out.block(PcapngTestWriter.CUSTOM, new byte[7]);
        out.section(BE).interfaceBlock(LinkTypes.ETHERNET, 0, TSRESOL_NANOSECONDS, 5L);
        sample(2, out);
        byte[] whole = out.toByteArray();
        List<CapturedPacket> all = PcapTestFiles.readAll(new PcapngFileReader(out.write(dir.resolve("whole.pcapng")), new Reports()));
        assertEquals(4, all.size());
        Set<String> expectedReasons = Set.of("pcapng.truncated-block", "pcapng.bad-block-length");
        for (int cut = 4; cut < whole.length; cut++) {
            Path file = PcapTestFiles.write(dir.resolve("cut.pcapng"), Arrays.copyOf(whole, cut));
            Reports reports = new Reports();
            List<CapturedPacket> packets = PcapTestFiles.readAll(new PcapngFileReader(file, reports));
            assertTrue(packets.size() < all.size(), "cut at " + cut);
            for (int i = 0; i < packets.size(); i++) {
                assertArrayEquals(bytes(all.get(i)), bytes(packets.get(i)));
            }
            if (out.blockEnds().contains(cut)) {
                assertEquals(List.of(), reports.reasons, "a cut between blocks looks like a shorter file");
                continue;
            }
            assertEquals(1, reports.reasons.size(), "cut at " + cut + ": " + reports.reasons);
            assertTrue(expectedReasons.contains(reports.reasons.get(0)), reports.reasons.get(0));
        }
    }

    @Test
    void tinyMappingWindowsReadTheSameBlocks() throws IOException {
        PcapngTestWriter out = twoPackets(BE);
        out.block(PcapngTestWriter.CUSTOM, new byte[300]);
        sample(30, out);
        Path file = out.write(dir.resolve("windows.pcapng"));
        List<CapturedPacket> whole = PcapTestFiles.readAll(new PcapngFileReader(file, new Reports()));
        List<CapturedPacket> windowed = PcapTestFiles.readAll(new PcapngFileReader(file, new Reports(), 50));
        assertEquals(32, whole.size());
        for (int i = 0; i < whole.size(); i++) {
            assertEquals(whole.get(i).ref(), windowed.get(i).ref());
            assertEquals(whole.get(i).data(), windowed.get(i).data());
        }
    }
}

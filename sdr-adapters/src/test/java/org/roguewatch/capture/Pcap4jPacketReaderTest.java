package org.roguewatch.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roguewatch.capture.PcapTestFiles.Reports;
import org.roguewatch.testing.SharedCaptures;

/** libpcap, through Pcap4J, as an independent oracle for the pure-Java readers. */
class Pcap4jPacketReaderTest {
    @TempDir
    Path dir;

    /** Asserts the two packet lists are the same packet for packet, to the nanosecond and byte. */
    static void assertSamePackets(List<CapturedPacket> expected, List<CapturedPacket> actual) {
        assertEquals(expected.size(), actual.size(), "packet count");
        for (int i = 0; i < expected.size(); i++) {
            CapturedPacket e = expected.get(i);
            CapturedPacket a = actual.get(i);
            assertEquals(e.ref(), a.ref(), "frame " + (i + 1));
            assertEquals(e.linkType(), a.linkType(), "link type of frame " + (i + 1));
            assertEquals(e.originalLength(), a.originalLength(), "original length of frame " + (i + 1));
            assertEquals(e.data(), a.data(), "bytes of frame " + (i + 1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SharedCaptures.GSM_VODAFONE_ARFCN725, SharedCaptures.LTE_SNIFFER_GSMTAP, SharedCaptures.LTE_SNIFFER_MAC})
    void libpcapAndThePureJavaReaderReturnIdenticalPacketsOnEverySharedCapture(String name) throws IOException {
        Libpcap.assumeAvailable();
        Path file = SharedCaptures.require(name);
        Reports javaReports = new Reports();
        Reports libpcapReports = new Reports();
        List<CapturedPacket> pureJava = PcapTestFiles.readAll(new PcapFileReader(file, javaReports));
        List<CapturedPacket> libpcap = PcapTestFiles.readAll(Pcap4jPacketReader.open(file, libpcapReports));
        assertFalse(pureJava.isEmpty());
        assertSamePackets(libpcap, pureJava);
        assertEquals(List.of(), javaReports.reasons);
        assertEquals(List.of(), libpcapReports.reasons);
    }

    @Test
    void macLteCaptureHasLinkType147WhichIsNotUdp() throws IOException {
        Libpcap.assumeAvailable();
        Path file = SharedCaptures.require(SharedCaptures.LTE_SNIFFER_MAC);
        List<CapturedPacket> packets = PcapTestFiles.readAll(Pcap4jPacketReader.open(file, new Reports()));
        for (CapturedPacket packet : packets) {
            assertEquals(LinkTypes.USER0, packet.linkType());
            assertEquals("link type 147", assertInstanceOf(NotUdp.class, Decapsulator.unwrap(packet)).what());
        }
    }

    @Test
    void libpcapAgreesOnBothByteOrdersNanosecondsAndMaskedFcsBits() throws IOException {
        Libpcap.assumeAvailable();
        Path shared = SharedCaptures.require(SharedCaptures.GSM_VODAFONE_ARFCN725);
        List<PcapTestFiles.Record> records = PcapTestFiles.readAll(new PcapFileReader(shared, new Reports())).stream()
                .limit(50)
                .map(p -> new PcapTestFiles.Record(p.ref().time().plusNanos(p.ref().frame() * 7), Bytes.toArray(p.data())))
                .toList();
        long fcsField = 0x4400_0000L | LinkTypes.ETHERNET;
        for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
            for (boolean nano : List.of(false, true)) {
                Path file = PcapTestFiles.write(dir.resolve("variant.pcap"),
                        PcapTestFiles.pcap(order, nano, fcsField, 65535, records));
                assertSamePackets(PcapTestFiles.readAll(Pcap4jPacketReader.open(file, new Reports())),
                        PcapTestFiles.readAll(new PcapFileReader(file, new Reports())));
            }
        }
    }

    @Test
    void truncatedRecordIsReportedAsALibpcapReadError() throws IOException {
        Libpcap.assumeAvailable();
        Path shared = SharedCaptures.require(SharedCaptures.GSM_VODAFONE_ARFCN725);
        byte[] bytes = Files.readAllBytes(shared);
        Path cut = PcapTestFiles.write(dir.resolve("cut.pcap"), java.util.Arrays.copyOf(bytes, bytes.length - 5));
        Reports reports = new Reports();
        List<CapturedPacket> packets = PcapTestFiles.readAll(Pcap4jPacketReader.open(cut, reports));
        assertEquals(673, packets.size());
        assertEquals(List.of("libpcap.read-error"), reports.reasons);
        assertEquals(674, reports.refs.get(0).frame());
    }

    @Test
    void notACaptureGivesAnIoExceptionNamingTheFile() throws IOException {
        Libpcap.assumeAvailable();
        Path text = PcapTestFiles.write(dir.resolve("notes.txt"), "hello, this is text".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> Pcap4jPacketReader.open(text, new Reports()));
        assertTrue(e.getMessage().startsWith(text.toString()), e.getMessage());
    }

    @Test
    void locatorFindsTheVersionedRuntimeLibraryWhenTheUnversionedLinkIsAbsent() throws IOException {
        Path runtimeOnly = Files.createDirectories(dir.resolve("lib"));
        Files.createFile(runtimeOnly.resolve("libpcap.so.0.8"));
        Files.createFile(runtimeOnly.resolve("libpcapng.so.1"));
        assertEquals(Optional.of(runtimeOnly.resolve("libpcap.so.0.8")), LibpcapLocator.find(List.of(dir.resolve("missing"), runtimeOnly)));
        Files.createFile(runtimeOnly.resolve("libpcap.so"));
        assertEquals(Optional.of(runtimeOnly.resolve("libpcap.so")), LibpcapLocator.find(List.of(runtimeOnly)));
        assertEquals(Optional.empty(), LibpcapLocator.find(List.of(Files.createDirectories(dir.resolve("empty")))));
    }
}

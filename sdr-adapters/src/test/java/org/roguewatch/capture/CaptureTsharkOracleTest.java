package org.roguewatch.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roguewatch.capture.PcapTestFiles.Reports;
import org.roguewatch.testing.SharedCaptures;

/**
 * PcapFileReader and Decapsulator agree with tshark, frame by frame, on the shared GSMTAP
 * captures (fixtures from src/test/tshark/capture/make-fixtures.sh).
 */
class CaptureTsharkOracleTest {
    private static List<String[]> fixture(String name) throws IOException {
        try (InputStream in = CaptureTsharkOracleTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).lines()
                    .filter(line -> !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .toList();
        }
    }

    /** An instant as tshark prints frame.time_epoch: seconds, a dot and nine digits. */
    private static String epoch(java.time.Instant time) {
        return time.getEpochSecond() + "." + String.format("%09d", time.getNano());
    }

    @ParameterizedTest
    @CsvSource({
        SharedCaptures.GSM_VODAFONE_ARFCN725 + ", grgsm_vf_udp.tshark.tsv",
        SharedCaptures.LTE_SNIFFER_GSMTAP + ", ltesniffer_gsmtap_udp.tshark.tsv"})
    void everyFrameMatchesTshark(String capture, String fixtureName) throws IOException {
        Path file = SharedCaptures.require(capture);
        List<String[]> expected = fixture(fixtureName);
        List<CapturedPacket> packets = PcapTestFiles.readAll(new PcapFileReader(file, new Reports()));
        assertEquals(expected.size(), packets.size(), "frame count");
        for (int i = 0; i < packets.size(); i++) {
            String[] tshark = expected.get(i);
            CapturedPacket packet = packets.get(i);
            String frame = "frame " + tshark[0];
            assertEquals(Long.parseLong(tshark[0]), packet.ref().frame());
            assertEquals(tshark[1], epoch(packet.ref().time()), frame);
            assertEquals(Integer.parseInt(tshark[2]), packet.data().remaining(), frame);
            assertEquals(Integer.parseInt(tshark[3]), packet.originalLength(), frame);
            UdpDatagram udp = assertInstanceOf(UdpDatagram.class, Decapsulator.unwrap(packet), frame);
            assertEquals(Integer.parseInt(tshark[4]), udp.sourcePort(), frame);
            assertEquals(Integer.parseInt(tshark[5]), udp.destinationPort(), frame);
            assertEquals(Integer.parseInt(tshark[6]) - 8, udp.payload().remaining(), frame);
        }
    }
}

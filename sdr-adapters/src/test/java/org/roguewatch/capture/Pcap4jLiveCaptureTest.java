package org.roguewatch.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class Pcap4jLiveCaptureTest {
    @Test
    void loopbackCaptureSeesAUdpDatagramSentTo127001() throws Exception {
        Libpcap.assumeAvailable();
        BlockingQueue<CapturedPacket> captured = new LinkedBlockingQueue<>();
        byte[] payload = "live GSMTAP test".getBytes(StandardCharsets.US_ASCII);
        try (DatagramSocket receiver = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             DatagramSocket sender = new DatagramSocket()) {
            int port = receiver.getLocalPort();
            Pcap4jLiveCapture capture;
            try {
                capture = Pcap4jLiveCapture.start("lo", "udp dst port " + port, captured::add);
            } catch (IOException e) {
                assumeTrue(!e.getMessage().startsWith("not permitted"), "skipped: " + e.getMessage());
                throw e;
            }
            try (capture) {
                // The capture thread is running once start() returns; send until one is seen,
                // since the kernel may attach the filter a moment after the socket opens.
                CapturedPacket packet = null;
                for (int attempt = 0; attempt < 20 && packet == null; attempt++) {
                    sender.send(new DatagramPacket(payload, payload.length, InetAddress.getLoopbackAddress(), port));
                    packet = captured.poll(250, TimeUnit.MILLISECONDS);
                }
                assertNotNull(packet, "the datagram was captured on lo");
                assertEquals("live://lo", packet.ref().source());
                assertEquals(1, packet.ref().frame());
                UdpDatagram udp = assertInstanceOf(UdpDatagram.class, Decapsulator.unwrap(packet));
                assertEquals(port, udp.destinationPort());
                assertEquals(sender.getLocalPort(), udp.sourcePort());
                assertArrayEquals(payload, Bytes.toArray(udp.payload()));
                assertTrue(capture.captured() >= 1);
            }
        }
    }

    @Test
    void unknownInterfaceIsNamedInTheError() {
        Libpcap.assumeAvailable();
        IOException e = assertThrows(IOException.class, () -> Pcap4jLiveCapture.start("nosuchif0", p -> { }));
        assertTrue(e.getMessage().startsWith("no capture interface named 'nosuchif0' (available: "), e.getMessage());
    }

    @Test
    void invalidFilterIsNamedInTheError() {
        Libpcap.assumeAvailable();
        IOException e = assertThrows(IOException.class, () -> Pcap4jLiveCapture.start("lo", "udp port banana", p -> { }));
        assumeTrue(!e.getMessage().startsWith("not permitted"), "skipped: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("capture filter 'udp port banana' is not valid on lo"), e.getMessage());
    }
}

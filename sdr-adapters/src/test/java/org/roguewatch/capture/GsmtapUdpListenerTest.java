package org.roguewatch.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GsmtapUdpListenerTest {
    private static final InetSocketAddress LOOPBACK_ANY_PORT = new InetSocketAddress("127.0.0.1", 0);

    @Test
    void datagramsArriveWithTheirBytesNumberedInOrder() throws Exception {
        BlockingQueue<UdpDatagram> received = new LinkedBlockingQueue<>();
        List<byte[]> sent = new ArrayList<>();
        Random random = new Random(4729);
        Instant before = Instant.now();
        try (GsmtapUdpListener listener = GsmtapUdpListener.bind(LOOPBACK_ANY_PORT, received::add);
             DatagramSocket socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            int port = listener.boundPort();
            assertTrue(port > 0, "an ephemeral port was bound");
            for (int length : new int[] {1, 16, 39, 81, 1500, 9000, 65_507, 0, 200}) {
                byte[] payload = new byte[length];
                random.nextBytes(payload);
                sent.add(payload);
                socket.send(new DatagramPacket(payload, length, InetAddress.getLoopbackAddress(), port));
                // One at a time, so loopback delivery order is the send order.
                UdpDatagram datagram = received.poll(5, TimeUnit.SECONDS);
                assertNotNull(datagram, "datagram of " + length + " bytes arrived");
                assertArrayEquals(payload, Bytes.toArray(datagram.payload()), "bytes of the " + length + "-byte datagram");
                assertEquals(sent.size(), datagram.ref().frame(), "numbered in order from 1");
                assertEquals("udp://127.0.0.1:" + port, datagram.ref().source());
                assertEquals(socket.getLocalPort(), datagram.sourcePort());
                assertEquals(port, datagram.destinationPort());
                assertTrue(datagram.payload().isReadOnly());
                assertTrue(!datagram.ref().time().isBefore(before), "stamped with the receive time");
            }
            assertEquals(sent.size(), listener.received());
        }
    }

    @Test
    void aConsumerThatThrowsDoesNotStopTheListener() throws Exception {
        BlockingQueue<UdpDatagram> received = new LinkedBlockingQueue<>();
        try (GsmtapUdpListener listener = GsmtapUdpListener.bind(LOOPBACK_ANY_PORT, d -> {
            if (d.ref().frame() == 1) {
                throw new IllegalStateException("first datagram rejected on purpose");
            }
            received.add(d);
        });
             DatagramSocket socket = new DatagramSocket()) {
            for (int i = 0; i < 2; i++) {
                socket.send(new DatagramPacket(new byte[] {(byte) i}, 1, InetAddress.getLoopbackAddress(), listener.boundPort()));
            }
            UdpDatagram second = received.poll(5, TimeUnit.SECONDS);
            assertNotNull(second);
            assertEquals(2, second.ref().frame());
        }
    }

    @Test
    void aPortInUseGivesAClearIoException() throws Exception {
        try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            InetSocketAddress address = new InetSocketAddress("127.0.0.1", taken.getLocalPort());
            IOException e = assertThrows(IOException.class, () -> GsmtapUdpListener.bind(address, d -> { }));
            assertTrue(e.getMessage().startsWith("cannot bind UDP 127.0.0.1:" + taken.getLocalPort() + ": "), e.getMessage());
        }
    }
}

package org.roguewatch.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.roguewatch.capture.GsmtapUdpListener;
import org.roguewatch.observe.CellField;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.FieldHistory;
import org.roguewatch.testing.SharedCaptures;

/**
 * The live path (gr-gsm / OsmocomBB streaming GSMTAP to UDP 4729) decodes exactly as the file
 * path: the shared capture's GSMTAP payloads, sent over loopback into the Netty listener, give the
 * same cells, field values and message counts as reading the file.
 */
class LiveUdpReplayTest {

    @Test
    void loopbackReplayYieldsTheSameCellsAndCountsAsTheFile() throws Exception {
        Path capture = SharedCaptures.require(SharedCaptures.GSM_VODAFONE_ARFCN725);
        GsmtapIngest fromFile = SharedCaptureIngest.of(capture);
        List<byte[]> payloads = LiveUdpReplayTestSupport.payloads(capture);

        GsmtapIngest live = new GsmtapIngest("probe-1", new FrameCounters());
        try (GsmtapUdpListener listener = GsmtapUdpListener.bind(new InetSocketAddress("127.0.0.1", 0),
                datagram -> live.datagram(datagram.ref(), datagram.payload()));
             DatagramSocket sender = new DatagramSocket()) {
            InetAddress loopback = InetAddress.getLoopbackAddress();
            for (int i = 0; i < payloads.size(); i++) {
                byte[] payload = payloads.get(i);
                sender.send(new DatagramPacket(payload, payload.length, loopback, listener.boundPort()));
                if (i % 64 == 63) {
                    Thread.sleep(1); // a radio streams a few hundred frames per second, not a burst
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (listener.received() < payloads.size() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(payloads.size(), listener.received(), "datagrams received over loopback");
        }

        assertEquals(fromFile.counters().messages(), live.counters().messages());
        assertEquals(fromFile.counters().gsmtapFrames(), live.counters().gsmtapFrames());
        assertEquals(fromFile.counters().malformed(), live.counters().malformed());
        List<CellObservation> fileCells = fromFile.observations();
        List<CellObservation> liveCells = live.observations();
        assertEquals(fileCells.size(), liveCells.size());
        for (int i = 0; i < fileCells.size(); i++) {
            assertSameCell(fileCells.get(i), liveCells.get(i));
        }
    }

    private static void assertSameCell(CellObservation file, CellObservation live) {
        assertEquals(file.channel(), live.channel());
        assertEquals(file.identity(), live.identity());
        assertEquals(file.messages(), live.messages());
        assertEquals(file.fields().keySet(), live.fields().keySet());
        for (CellField<?> field : file.fields().keySet()) {
            FieldHistory<?> expected = file.history(field);
            FieldHistory<?> actual = live.history(field);
            assertEquals(expected.latest(), actual.latest(), field.name());
            assertEquals(expected.sightings().size(), actual.sightings().size(), field.name());
            assertEquals(expected.latestSighting().count(), actual.latestSighting().count(), field.name());
        }
        assertTrue(live.history(org.roguewatch.observe.GsmFields.CI).latestSighting().first().source().startsWith("udp://"));
    }
}

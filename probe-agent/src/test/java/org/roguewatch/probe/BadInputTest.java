package org.roguewatch.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.gsmtap.GsmtapChannel;
import org.roguewatch.gsmtap.GsmtapEncoder;
import org.roguewatch.gsmtap.GsmtapType;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.testing.SharedCaptures;

/**
 * Bad input is counted with its reason and never stops the pipeline; the good frames around it
 * still decode to the same cell.
 */
class BadInputTest {

    private static long accounted(FrameCounters counters) {
        return counters.malformedTotal() + counters.messageTotal()
                + counters.withoutMessage().values().stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void gsmtapHeaderWithWrongVersionOrLengthIsCountedByReason() {
        GsmtapIngest ingest = new GsmtapIngest("p", new FrameCounters());
        FrameRef ref = new FrameRef("t", 1, Instant.EPOCH);
        byte[] good = GsmtapEncoder.encode(GsmtapEncoder.um(1, false, 0, GsmtapChannel.BCCH, 0, 1, -70, 10),
                new byte[23]);
        byte[] version3 = good.clone();
        version3[0] = 3;
        byte[] longHeader = good.clone();
        longHeader[1] = 15; // 60 bytes of header in a 39-byte datagram
        byte[] shortHeader = good.clone();
        shortHeader[1] = 2;
        ingest.datagram(ref, ByteBuffer.wrap(version3));
        ingest.datagram(ref, ByteBuffer.wrap(longHeader));
        ingest.datagram(ref, ByteBuffer.wrap(shortHeader));
        ingest.datagram(ref, ByteBuffer.wrap(new byte[5]));
        assertEquals(2, ingest.counters().malformed().get("gsmtap.version"), "version 3, and 0 in a 5-byte zero datagram");
        assertEquals(2, ingest.counters().malformed().get("gsmtap.header-length"));
        assertEquals(0, ingest.counters().gsmtapFrames());
    }

    @Test
    void randomFramesAmongRealOnesAreCountedAndTheRealCellIsUnchanged() throws IOException {
        Path capture = SharedCaptures.require(SharedCaptures.GSM_VODAFONE_ARFCN725);
        CellObservation clean = SharedCaptureIngest.of(capture).observations().get(0);

        GsmtapIngest ingest = new GsmtapIngest("probe-1", new FrameCounters());
        List<byte[]> real = LiveUdpReplayTestSupport.payloads(capture);
        Random random = new Random(4729);
        int[] channels = {GsmtapChannel.BCCH, GsmtapChannel.CCCH, GsmtapChannel.PCH, GsmtapChannel.AGCH,
            GsmtapChannel.SDCCH4, GsmtapChannel.SDCCH8, GsmtapChannel.SDCCH8 | GsmtapChannel.ACCH,
            GsmtapChannel.TCH_F, GsmtapChannel.RACH};
        long datagrams = 0;
        int randomFrames = 0;
        for (int i = 0; i < real.size(); i++) {
            ingest.datagram(new FrameRef("mix", ++datagrams, Instant.EPOCH), ByteBuffer.wrap(real.get(i)));
            for (int j = 0; j < 15; j++) {
                byte[] body = new byte[random.nextInt(40)];
                random.nextBytes(body);
                byte[] datagram;
                if (random.nextInt(4) == 0) {
                    datagram = body; // random bytes where a GSMTAP header should be
                } else {
                    // A valid header on another ARFCN, so the real cell stays untouched; random block behind it.
                    datagram = GsmtapEncoder.encode(GsmtapEncoder.um(1 + random.nextInt(100), random.nextBoolean(),
                            random.nextInt(8), channels[random.nextInt(channels.length)], random.nextInt(8),
                            random.nextInt(2_715_648), -100, 0), body);
                    if (random.nextInt(10) == 0) {
                        datagram[2] = (byte) GsmtapType.ABIS;
                    }
                }
                ingest.datagram(new FrameRef("mix", ++datagrams, Instant.EPOCH), ByteBuffer.wrap(datagram));
                randomFrames++;
            }
        }
        assertTrue(randomFrames >= 10_000, "at least 10,000 random frames");
        FrameCounters counters = ingest.counters();
        assertEquals(datagrams, accounted(counters), "every datagram is a message, a counted non-message or malformed");
        assertTrue(counters.malformedTotal() > 1000, "random bytes are mostly malformed: " + counters.malformed());
        CellObservation cell = ingest.observations().stream().filter(c -> c.channel() == 725).findFirst().orElseThrow();
        assertEquals(clean.identity(), cell.identity());
        assertEquals(clean.messages(), cell.messages());
        assertEquals(clean.latest(org.roguewatch.observe.GsmFields.NEIGHBOURS),
                cell.latest(org.roguewatch.observe.GsmFields.NEIGHBOURS));
    }

    @Test
    void truncatedPcapKeepsEveryCompleteFrameAndCountsTheCut(@TempDir Path dir) throws IOException {
        Path capture = SharedCaptures.require(SharedCaptures.GSM_VODAFONE_ARFCN725);
        byte[] bytes = Files.readAllBytes(capture);
        // Each record is 16 bytes of header + 81 bytes of frame after the 24-byte file header.
        int cut = 24 + 100 * 97 + 40;
        Path truncated = dir.resolve("truncated.pcap");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, cut));
        GsmtapIngest ingest = SharedCaptureIngest.of(truncated);
        assertEquals(100, ingest.counters().packets());
        assertEquals(100, ingest.counters().messageTotal());
        assertEquals(1, ingest.counters().malformedTotal(), () -> ingest.counters().malformed().toString());
        assertEquals(725, ingest.observations().get(0).channel());
    }
}

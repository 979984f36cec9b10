package org.roguewatch.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.gsmtap.GsmtapEncoder;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.gsmtap.GsmtapType;
import org.roguewatch.lte.LteRrcChannel;
import org.roguewatch.observe.CellField;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.FieldHistory;
import org.roguewatch.observe.LteFields;
import org.roguewatch.testing.SharedCaptures;

/**
 * LTE bad input through the whole ingest: random payloads on every RRC channel and as NAS, and every
 * truncation of every real LTE frame, mixed among the real LTESniffer capture. Nothing escapes,
 * every frame is accounted for (message, counted non-message or malformed with a reason), and the
 * real cell comes out as it does from the clean capture.
 */
class LteBadInputTest {
    private static final int[] CHANNELS = {LteRrcChannel.DL_CCCH, LteRrcChannel.DL_DCCH, LteRrcChannel.UL_CCCH,
        LteRrcChannel.UL_DCCH, LteRrcChannel.BCCH_BCH, LteRrcChannel.BCCH_DL_SCH, LteRrcChannel.PCCH};
    private static final int RANDOM_PER_CHANNEL = 10_000;

    private static long accounted(FrameCounters counters) {
        return counters.malformedTotal() + counters.messageTotal()
                + counters.withoutMessage().values().stream().mapToLong(Long::longValue).sum();
    }

    /** A GSMTAP LTE frame on EARFCN 1..100, away from the real cell on EARFCN 0. */
    private static byte[] frame(Random random, int type, int subType, byte[] payload) {
        GsmtapHeader header = new GsmtapHeader(GsmtapHeader.VERSION, GsmtapHeader.MIN_LENGTH, type, 0,
                1 + random.nextInt(100), random.nextBoolean(), false, -90, 5, random.nextInt(1 << 20), subType, 0, 0);
        return GsmtapEncoder.encode(header, payload);
    }

    @Test
    void randomAndTruncatedLteFramesAreCountedAndTheRealCellIsUnchanged() throws IOException {
        Path capture = SharedCaptures.require(SharedCaptures.LTE_SNIFFER_GSMTAP);
        CellObservation clean = SharedCaptureIngest.of(capture).observations().get(0);
        List<byte[]> real = LiveUdpReplayTestSupport.payloads(capture);

        GsmtapIngest ingest = new GsmtapIngest("probe-1", new FrameCounters());
        Random random = new Random(36331);
        long datagrams = 0;
        int perRealFrame = (RANDOM_PER_CHANNEL * (CHANNELS.length + 1)) / real.size() + 1;
        for (byte[] datagram : real) {
            ingest.datagram(new FrameRef("mix", ++datagrams, Instant.EPOCH), ByteBuffer.wrap(datagram));
            for (int j = 0; j < perRealFrame; j++) {
                byte[] body = new byte[random.nextInt(64)];
                random.nextBytes(body);
                int pick = random.nextInt(CHANNELS.length + 1);
                byte[] bad = pick == CHANNELS.length ? frame(random, GsmtapType.LTE_NAS, random.nextInt(2), body)
                        : frame(random, GsmtapType.LTE_RRC, CHANNELS[pick], body);
                ingest.datagram(new FrameRef("mix", ++datagrams, Instant.EPOCH), ByteBuffer.wrap(bad));
            }
            // Every prefix of the real frame's payload, on another EARFCN.
            int headerLength = (datagram[1] & 0xff) * 4;
            for (int cut = 0; cut < datagram.length - headerLength; cut++) {
                byte[] prefix = Arrays.copyOfRange(datagram, headerLength, headerLength + cut);
                int type = datagram[2] & 0xff;
                int subType = datagram[12] & 0xff;
                ingest.datagram(new FrameRef("mix", ++datagrams, Instant.EPOCH),
                        ByteBuffer.wrap(frame(random, type, subType, prefix)));
            }
        }
        FrameCounters counters = ingest.counters();
        assertTrue(datagrams - real.size() >= RANDOM_PER_CHANNEL * (CHANNELS.length + 1L), "frames: " + datagrams);
        assertEquals(datagrams, accounted(counters), "every datagram is a message, a counted non-message or malformed");
        SortedMap<String, Long> reasons = counters.malformed();
        assertTrue(counters.malformedTotal() > 10_000, "random bytes are mostly malformed: " + reasons);
        assertTrue(reasons.keySet().stream().allMatch(r -> r.matches("[a-z0-9-]+(\\.[A-Za-z0-9_-]+)+")),
                "reasons are stable dotted keys: " + reasons.keySet());

        CellObservation cell = ingest.observations().stream().filter(c -> c.channel() == 0).findFirst().orElseThrow();
        assertEquals(clean.identity(), cell.identity());
        assertEquals(clean.messages(), cell.messages());
        for (CellField<?> field : LteFields.ALL) {
            assertEquals(valuesAndCounts(clean, field), valuesAndCounts(cell, field), field.name());
        }
    }

    private static List<String> valuesAndCounts(CellObservation cell, CellField<?> field) {
        FieldHistory<?> history = cell.history(field);
        return history == null ? List.of()
                : history.sightings().stream().map(s -> s.value() + " x" + s.count()).toList();
    }
}

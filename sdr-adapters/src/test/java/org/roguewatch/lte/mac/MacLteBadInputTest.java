package org.roguewatch.lte.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.decode.Decoded;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.lte.LteRrcDecoder;

/**
 * Damaged and random MAC-LTE input: cut real frames, random payloads for every RNTI type, random
 * RLC AM traffic, single bit flips. No exception escapes the MAC-LTE path or the RRC decoders it
 * feeds, every report has a stable dotted reason, and nothing vanishes unaccounted.
 */
class MacLteBadInputTest {
    private static final Pattern REASON = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    /** One real frame of each kind: SIB1, SI, RAR, CCCH, RLC STATUS, SRB1 data, the longest SRB1 SDU,
     *  SRB2, user data, padding first, the largest frame. */
    private static final Set<Long> KINDS = Set.of(1L, 3L, 86L, 88L, 90L, 91L, 113L, 127L, 157L, 472L, 453L);

    private static List<MacLteCapture.Frame> realFrames() throws IOException {
        return MacLteCapture.frames().stream().filter(f -> KINDS.contains(f.ref().frame())).toList();
    }

    @Test
    void everyCutOfARealFrameIsDecodedOrReported() throws IOException {
        int cuts = 0;
        for (MacLteCapture.Frame frame : realFrames()) {
            for (int length = 0; length < frame.bytes().length; length++) {
                byte[] cut = Arrays.copyOf(frame.bytes(), length);
                assertAccounted(cut, "frame " + frame.ref().frame() + " cut to " + length);
                cuts++;
            }
        }
        assertTrue(cuts > 3000, "cuts: " + cuts);
    }

    @Test
    void everySingleBitFlipOfARealFrameIsDecodedOrReported() throws IOException {
        for (MacLteCapture.Frame frame : realFrames()) {
            byte[] bytes = frame.bytes();
            int bits = Math.min(bytes.length * 8, 2048);
            for (int bit = 0; bit < bits; bit++) {
                byte[] flipped = bytes.clone();
                flipped[bit >>> 3] ^= (byte) (0x80 >>> (bit & 7));
                assertAccounted(flipped, "frame " + frame.ref().frame() + " bit " + bit);
            }
        }
    }

    @Test
    void randomPayloadsForEveryRntiTypeNeverEscape() {
        Random random = new Random(147);
        for (RntiType type : RntiType.values()) {
            RecordingSink sink = new RecordingSink();
            MacLteExtractor extractor = new MacLteExtractor(sink);
            for (int i = 0; i < 10_000; i++) {
                byte[] pdu = new byte[1 + random.nextInt(120)];
                random.nextBytes(pdu);
                int direction = random.nextInt(4) == 0 ? FrameBytes.UPLINK : FrameBytes.DOWNLINK;
                byte[] framed = FrameBytes.framed(direction, type.code(), 60 + random.nextInt(4), pdu);
                run(extractor, sink, FrameBytes.ref(i, 10L * i), framed);
            }
            extractor.flush(FrameBytes.ref(10_000));
            assertReasons(sink);
            assertEquals(10_000, sink.reasons(RecordingSink.Kind.FRAME).size(), type + ": every context reads");
        }
    }

    @Test
    void randomWholeFramesNeverEscape() {
        Random random = new Random(148);
        RecordingSink sink = new RecordingSink();
        MacLteExtractor extractor = new MacLteExtractor(sink);
        for (int i = 0; i < 10_000; i++) {
            byte[] framed = new byte[random.nextInt(40)];
            random.nextBytes(framed);
            if (framed.length > 3 && random.nextBoolean()) {
                framed[0] = 1;
                framed[1] = (byte) random.nextInt(2);
                framed[2] = (byte) random.nextInt(12);
            }
            int before = sink.events.size();
            run(extractor, sink, FrameBytes.ref(i, i), framed);
            assertTrue(sink.events.size() > before, "frame " + i + " left no trace");
        }
        extractor.flush(FrameBytes.ref(10_000));
        assertReasons(sink);
    }

    @Test
    void randomRlcAmTrafficOnSrbsNeverEscapes() {
        // Well-formed MAC headers around random RLC AM data PDUs with SNs close together, so that
        // windows, duplicates, gaps, segments and LIs are all exercised.
        Random random = new Random(149);
        RecordingSink sink = new RecordingSink();
        MacLteExtractor extractor = new MacLteExtractor(sink);
        int delivered = 0;
        for (int i = 0; i < 10_000; i++) {
            byte[] rlc = new byte[2 + random.nextInt(30)];
            random.nextBytes(rlc);
            int sn = random.nextInt(24);
            rlc[0] = (byte) (0x80 | (rlc[0] & 0x7c) | (sn >>> 8));
            rlc[1] = (byte) sn;
            byte[] pdu = FrameBytes.concat(FrameBytes.bytes(1 + random.nextInt(2)), rlc);
            int rnti = random.nextInt(50) == 0 ? 70 + random.nextInt(3) : 70;
            byte[] framed = random.nextInt(100) == 0
                    ? FrameBytes.framed(FrameBytes.DOWNLINK, 3, rnti, FrameBytes.bytes(0x00, 0x60, 0x12))
                    : FrameBytes.framed(FrameBytes.DOWNLINK, 3, rnti, pdu);
            delivered += run(extractor, sink, FrameBytes.ref(i, 7L * i), framed).size();
        }
        delivered += extractor.flush(FrameBytes.ref(10_000)).size();
        assertReasons(sink);
        assertTrue(delivered > 100, "some random PDUs do make SDUs: " + delivered);
        assertTrue(sink.drops().contains("rlc-am.duplicate"));
        assertTrue(sink.drops().contains("rlc-am.pdu-lost"));
    }

    /** Fed alone to a fresh extractor, then flushed: the bytes give RRC PDUs or a reported reason. */
    private static void assertAccounted(byte[] framed, String what) {
        RecordingSink sink = new RecordingSink();
        MacLteExtractor extractor = new MacLteExtractor(sink);
        List<LteRrcPdu> pdus = run(extractor, sink, FrameBytes.ref(1), framed);
        for (LteRrcPdu pdu : extractor.flush(FrameBytes.ref(1))) {
            decode(pdu);
        }
        assertReasons(sink);
        assertTrue(!pdus.isEmpty() || !sink.drops().isEmpty(), what + ": neither an RRC PDU nor a reason");
    }

    private static List<LteRrcPdu> run(MacLteExtractor extractor, RecordingSink sink, FrameRef ref, byte[] framed) {
        List<LteRrcPdu> pdus = extractor.accept(ref, ByteBuffer.wrap(framed).asReadOnlyBuffer());
        for (LteRrcPdu pdu : pdus) {
            decode(pdu);
        }
        return pdus;
    }

    /** The RRC decoders take whatever the MAC-LTE path hands them without throwing. */
    private static void decode(LteRrcPdu pdu) {
        Decoded<LteMessage> decoded = LteRrcDecoder.decode(pdu.channel(), pdu.payload());
        if (decoded instanceof Decoded.Malformed<LteMessage> bad) {
            assertTrue(REASON.matcher(bad.reason()).matches(), bad.reason());
        }
    }

    private static void assertReasons(RecordingSink sink) {
        for (RecordingSink.Event event : sink.events) {
            if (event.kind() != RecordingSink.Kind.FRAME) {
                assertTrue(REASON.matcher(event.reason()).matches(), event.toString());
                assertTrue(event.where() != null && !event.detail().isBlank(), event.toString());
            }
        }
    }
}

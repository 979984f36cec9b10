package org.roguewatch.lte.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.roguewatch.lte.mac.FrameBytes.amd;
import static org.roguewatch.lte.mac.FrameBytes.bytes;
import static org.roguewatch.lte.mac.FrameBytes.ref;
import static org.roguewatch.lte.mac.FrameBytes.segment;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.testing.Hex;

/**
 * RLC AM reception (TS 36.322 5.1.3.2): SDUs re-assembled from FI and LIs in SN order, whatever
 * order the PDUs come in; retransmissions dropped; re-segmented PDUs put back together; what a
 * listener never receives given up with a reason.
 */
class RlcAmReassemblyTest {
    private static final int FI_WHOLE = 0b00;
    private static final int FI_STARTS = 0b01;
    private static final int FI_MIDDLE = 0b11;
    private static final int FI_ENDS = 0b10;

    private final RecordingSink sink = new RecordingSink();
    private final RlcAmReceiver receiver = new RlcAmReceiver("RNTI 70 DL SRB1", sink, true);

    private List<String> accept(long frame, byte[] pdu) {
        return accept(ref(frame), pdu);
    }

    private List<String> accept(FrameRef ref, byte[] pdu) {
        RlcAmData data = (RlcAmData) RlcAmDecoder.decode(ByteBuffer.wrap(pdu)).valueOrNull();
        return hex(receiver.accept(ref, data));
    }

    private static List<String> hex(List<byte[]> sdus) {
        List<String> out = new ArrayList<>();
        sdus.forEach(s -> out.add(Hex.of(s)));
        return out;
    }

    @Test
    void anSduSplitOverThreePdusIsJoinedWhenTheLastArrives() {
        assertEquals(List.of(), accept(1, amd(0, FI_STARTS, bytes(0x01, 0x02))));
        assertEquals(List.of(), accept(2, amd(1, FI_MIDDLE, bytes(0x03, 0x04, 0x05))));
        assertEquals(List.of("0102030405060708"), accept(3, amd(2, FI_ENDS, bytes(0x06, 0x07, 0x08))));
        assertEquals(List.of(), sink.events);
    }

    @Test
    void twoSdusInOnePduAreCutAtTheLengthIndicator() {
        assertEquals(List.of("aabb", "ccddee"),
                accept(1, amd(0, FI_WHOLE, bytes(0xaa, 0xbb), bytes(0xcc, 0xdd, 0xee))));
        // Three elements: two LIs, an odd count padded to an octet before the data.
        assertEquals(List.of("01", "0203", "040506"),
                accept(2, amd(1, FI_WHOLE, bytes(0x01), bytes(0x02, 0x03), bytes(0x04, 0x05, 0x06))));
    }

    @Test
    void aPduMayEndOneSduAndStartTheNext() {
        assertEquals(List.of(), accept(1, amd(0, FI_STARTS, bytes(0x11, 0x22))));
        assertEquals(List.of("112233"), accept(2, amd(1, FI_MIDDLE, bytes(0x33), bytes(0x44, 0x55))));
        assertEquals(List.of("445566"), accept(3, amd(2, FI_ENDS, bytes(0x66))));
    }

    @Test
    void aRetransmittedSnIsDroppedAsADuplicate() {
        assertEquals(List.of("2802"), accept(1, amd(0, FI_WHOLE, bytes(0x28, 0x02))));
        assertEquals(List.of(), accept(2, amd(0, FI_WHOLE, bytes(0x28, 0x02))));
        assertEquals(List.of("rlc-am.duplicate"), sink.drops());
        assertEquals(2, sink.events.get(0).where().frame());
        // Also while it still waits behind a gap.
        sink.clear();
        assertEquals(List.of(), accept(3, amd(2, FI_WHOLE, bytes(0x01))));
        assertEquals(List.of(), accept(4, amd(2, FI_WHOLE, bytes(0x01))));
        assertEquals(List.of("rlc-am.duplicate"), sink.drops());
    }

    @Test
    void pdusArrivingOutOfOrderAreHandedOnInSnOrder() {
        assertEquals(List.of(), accept(1, amd(2, FI_WHOLE, bytes(0x03))));
        assertEquals(List.of(), accept(2, amd(1, FI_ENDS, bytes(0x02))));
        assertEquals(List.of("0102", "03"), accept(3, amd(0, FI_STARTS, bytes(0x01))));
        assertEquals(List.of(), sink.events);
    }

    @Test
    void aLostPduIsGivenUpAfterTheHoldAndItsPartialSduDiscardedWithAReason() {
        assertEquals(List.of(), accept(ref(1, 0), amd(0, FI_STARTS, bytes(0x01))));
        // SN 1 (the SDU's middle) is never heard.
        assertEquals(List.of(), accept(ref(2, 10), amd(2, FI_ENDS, bytes(0x03))));
        assertEquals(List.of(), accept(ref(3, 20), amd(3, FI_WHOLE, bytes(0x04))));
        assertEquals(List.of(), hex(receiver.expire(ref(4, 200))), "the hold runs from the first blocked frame");
        assertEquals(List.of("04"), hex(receiver.expire(ref(5, 211))));
        assertEquals(List.of("rlc-am.pdu-lost", "rlc-am.sdu-incomplete"), sink.drops());
        assertEquals("RNTI 70 DL SRB1: SN 1 never received complete (no retransmission within 200 ms)",
                sink.events.get(0).detail());
        // Delivery goes on from there.
        assertEquals(List.of("05"), accept(ref(6, 220), amd(4, FI_WHOLE, bytes(0x05))));
    }

    @Test
    void theEndOfInputGivesUpEveryGap() {
        assertEquals(List.of("01"), accept(1, amd(0, FI_WHOLE, bytes(0x01))));
        assertEquals(List.of(), accept(2, amd(2, FI_WHOLE, bytes(0x03))));
        assertEquals(List.of(), accept(3, amd(5, FI_STARTS, bytes(0x06))));
        assertEquals(List.of("03"), hex(receiver.flush(ref(4))));
        assertEquals(List.of("rlc-am.pdu-lost", "rlc-am.pdu-lost", "rlc-am.sdu-incomplete"), sink.drops());
        assertEquals("RNTI 70 DL SRB1: SN 3..4 never received complete (the RLC entity ended)",
                sink.events.get(1).detail());
    }

    @Test
    void aGapIsGivenUpWhenTooManyPdusWaitBehindIt() {
        for (int sn = 1; sn <= RlcAmReceiver.MAX_HELD; sn++) {
            assertEquals(List.of(), accept(sn, amd(sn, FI_WHOLE, bytes(sn))));
        }
        List<String> released = accept(100, amd(RlcAmReceiver.MAX_HELD + 1, FI_WHOLE, bytes(0x7f)));
        assertEquals(RlcAmReceiver.MAX_HELD + 1, released.size());
        assertEquals("01", released.get(0));
        assertEquals(List.of("rlc-am.pdu-lost"), sink.drops());
    }

    @Test
    void theSnWrapsAroundTheWindow() {
        RlcAmReceiver joined = new RlcAmReceiver("RNTI 70 DL SRB2", sink, false);
        List<byte[]> out = new ArrayList<>();
        for (int sn : new int[] {1022, 1023, 0, 1}) {
            out.addAll(joined.accept(ref(sn), (RlcAmData) RlcAmDecoder.decode(
                    ByteBuffer.wrap(amd(sn, FI_WHOLE, bytes(sn & 0xff)))).valueOrNull()));
        }
        assertEquals(List.of("fe", "ff", "00", "01"), hex(out));
        assertEquals(List.of(), sink.events);
    }

    @Test
    void aListenerJoiningMidSduDropsTheTailWithAReason() {
        RlcAmReceiver joined = new RlcAmReceiver("RNTI 71 DL SRB1", sink, false);
        RlcAmData tail = (RlcAmData) RlcAmDecoder.decode(ByteBuffer.wrap(amd(40, FI_ENDS, bytes(0x09), bytes(0x0a))))
                .valueOrNull();
        assertEquals(List.of("0a"), hex(joined.accept(ref(1), tail)));
        assertEquals(List.of("rlc-am.sdu-head-lost"), sink.drops());
    }

    @Test
    void aReSegmentedPduIsPutBackTogetherInAnyOrder() {
        // AMD PDU SN 5 held "aabbcc" + "ddee" (LI 3); re-sent as two segments: SO 0 "aabb" (the SDU
        // goes on) and SO 2 "cc" + "ddee" with LSF (LI 1).
        byte[] first = segment(5, FI_STARTS, false, 0, bytes(0xaa, 0xbb));
        byte[] second = segment(5, FI_ENDS, true, 2, bytes(0xcc), bytes(0xdd, 0xee));
        RlcAmReceiver joined = new RlcAmReceiver("RNTI 70 DL SRB1", sink, false);
        List<byte[]> out = new ArrayList<>(joined.accept(ref(1), decode(second)));
        assertEquals(List.of(), hex(out), "SN 5 is not complete yet");
        out.addAll(joined.accept(ref(2), decode(first)));
        assertEquals(List.of("aabbcc", "ddee"), hex(out));
        assertEquals(List.of(), sink.events);
    }

    @Test
    void aRepeatedSegmentIsADuplicate() {
        accept(1, segment(0, FI_STARTS, false, 0, bytes(0xaa, 0xbb)));
        accept(2, segment(0, FI_STARTS, false, 0, bytes(0xaa, 0xbb)));
        assertEquals(List.of("rlc-am.duplicate"), sink.drops());
        assertEquals(List.of("aabbcc"), accept(3, segment(0, FI_ENDS, true, 2, bytes(0xcc))));
    }

    @Test
    void segmentsThatContradictTheLengthAreMalformed() {
        accept(1, segment(0, FI_WHOLE, true, 2, bytes(0xcc)));
        accept(2, segment(0, FI_WHOLE, false, 2, bytes(0xcc, 0xdd)));
        assertEquals(List.of("rlc-am.segment-mismatch"), sink.reasons(RecordingSink.Kind.MALFORMED));
    }

    private static RlcAmData decode(byte[] pdu) {
        return (RlcAmData) RlcAmDecoder.decode(ByteBuffer.wrap(pdu)).valueOrNull();
    }
}

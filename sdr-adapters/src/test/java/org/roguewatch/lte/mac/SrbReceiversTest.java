package org.roguewatch.lte.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.roguewatch.lte.mac.FrameBytes.amd;
import static org.roguewatch.lte.mac.FrameBytes.bytes;
import static org.roguewatch.lte.mac.FrameBytes.ref;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.testing.Hex;

/** SRB RLC entities per RNTI, direction and LCID: re-establishment and the bound on their number. */
class SrbReceiversTest {
    private static final int FI_STARTS = 0b01;

    private final RecordingSink sink = new RecordingSink();
    private final SrbReceivers srbs = new SrbReceivers(sink);

    private List<String> accept(long frame, int rnti, int lcid, byte[] rlc) {
        return srbs.accept(ref(frame), rnti, false, lcid, ByteBuffer.wrap(rlc)).stream()
                .map(s -> s.rnti() + "/SRB" + s.lcid() + ":" + Hex.of(s.pdcpPdu())).toList();
    }

    @Test
    void reEstablishmentHandsOnWhatWaitedBehindAGapAndStartsAgainAtSnZero() {
        srbs.reestablish(ref(1), 70);
        assertEquals(List.of(), accept(2, 70, 1, amd(1, 0, bytes(0x11))), "SN 0 missing");
        List<String> released = srbs.reestablish(ref(3), 70).stream()
                .map(s -> s.rnti() + "/SRB" + s.lcid() + ":" + Hex.of(s.pdcpPdu())).toList();
        assertEquals(List.of("70/SRB1:11"), released);
        assertEquals(List.of("rlc-am.pdu-lost"), sink.drops());
        assertEquals(List.of("70/SRB1:22"), accept(4, 70, 1, amd(0, 0, bytes(0x22))));
    }

    @Test
    void statusPdusAreCountedNotDelivered() {
        assertEquals(List.of(), accept(1, 70, 2, FrameBytes.status(2)));
        assertEquals(List.of("rlc-am.status"), sink.drops());
        assertEquals("RNTI 70 DL SRB2: STATUS PDU, ACK_SN 2", sink.events.get(0).detail());
    }

    @Test
    void theLeastRecentlyUsedChannelIsFlushedPastTheBound() {
        for (int rnti = 0; rnti < SrbReceivers.MAX_CHANNELS; rnti++) {
            accept(rnti, rnti, 1, amd(0, FI_STARTS, bytes(0x01)));
        }
        assertEquals(List.of(), sink.drops());
        accept(9999, 9999, 1, amd(0, FI_STARTS, bytes(0x01)));
        assertEquals(List.of("rlc-am.sdu-incomplete"), sink.drops());
        assertEquals("RNTI 0 DL SRB1: SDU begun in SN 0 was still incomplete when the RLC entity ended",
                sink.events.get(0).detail());
    }
}

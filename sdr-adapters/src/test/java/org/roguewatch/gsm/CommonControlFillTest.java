package org.roguewatch.gsm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.roguewatch.gsmtap.GsmtapChannel;
import org.roguewatch.testing.Hex;
import org.roguewatch.testing.UmFrames;

/**
 * Idle CCCH blocks are fill, not malformed input. The blocks are the ones osmo-bts-virtual 1.5.0
 * transmitted on its virtual Um in the end-to-end test (analyzer RealGsmStackEndToEndTest): the
 * LAPDm fill frame on an idle AGCH (which its GSMTAP marks PCH), and its empty Paging Request 1.
 */
class CommonControlFillTest {
    private static final String OSMO_BTS_AGCH_FILL = "0303012b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b";
    private static final String EMPTY_PAGING = "15062100 01f02b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b";

    private final UmDecoder decoder = new UmDecoder();

    private UmOutcome onCcch(int channel, String hex) {
        return decoder.decode(UmFrames.frame(channel, false, Hex.bytes(hex)));
    }

    @Test
    void lapdmFillFrameOnAnIdleCcchBlockIsFillNotMalformed() {
        assertEquals(new UmOutcome.NoMessage("ccch.fill-frame"), onCcch(GsmtapChannel.PCH, OSMO_BTS_AGCH_FILL));
        assertEquals(new UmOutcome.NoMessage("ccch.fill-frame"), onCcch(GsmtapChannel.AGCH, OSMO_BTS_AGCH_FILL));
    }

    @Test
    void fillFrameWithAnythingButFillOctetsAfterItStaysMalformed() {
        UmOutcome outcome = onCcch(GsmtapChannel.AGCH, "0303012b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2a");
        assertInstanceOf(UmOutcome.Bad.class, outcome);
        assertEquals("ccch.l2-pseudo-length", ((UmOutcome.Bad) outcome).malformed().reason());
    }

    @Test
    void emptyPagingRequestIsStillAMessage() {
        assertInstanceOf(UmOutcome.Message.class, onCcch(GsmtapChannel.PCH, EMPTY_PAGING));
    }
}

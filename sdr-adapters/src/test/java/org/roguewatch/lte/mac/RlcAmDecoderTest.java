package org.roguewatch.lte.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.Decoded;
import org.roguewatch.testing.Hex;

/** RLC AM PDU headers with the 10-bit SN (TS 36.322 6.2.1.4 to 6.2.1.6). */
class RlcAmDecoderTest {
    private static RlcAmPdu ok(String hex) {
        Decoded<RlcAmPdu> decoded = RlcAmDecoder.decode(Hex.buffer(hex));
        assertInstanceOf(Decoded.Ok.class, decoded, decoded::toString);
        return decoded.valueOrNull();
    }

    private static String malformed(String hex) {
        return assertInstanceOf(Decoded.Malformed.class, RlcAmDecoder.decode(Hex.buffer(hex)), hex).reason();
    }

    @Test
    void aRealDataPduFromTheCapture() {
        // Frame 2172: D/C=1 RF=0 P=1 FI=00 E=0 SN=7, then the PDCP PDU.
        RlcAmData data = assertInstanceOf(RlcAmData.class, ok("a0 07 07 2802 257b8b7e"));
        assertEquals(7, data.sn());
        assertTrue(data.poll());
        assertFalse(data.resegmented());
        assertTrue(data.startsSdu());
        assertTrue(data.endsSdu());
        assertEquals(List.of(), data.lengthIndicators());
        assertEquals("072802257b8b7e", hex(data.data()));
    }

    @Test
    void aStatusPduGivesItsAckSn() {
        // Frame 90: D/C=0 CPT=000 ACK_SN=1 E1=0.
        assertEquals(new RlcAmStatus(1), ok("00 04"));
        assertEquals(new RlcAmStatus(1023), ok(Hex.of(FrameBytes.status(1023))));
    }

    @Test
    void lengthIndicatorsAndFramingInfoAreRead() {
        RlcAmData data = assertInstanceOf(RlcAmData.class,
                ok(Hex.of(FrameBytes.amd(300, 0b11, Hex.bytes("01"), Hex.bytes("0203"), Hex.bytes("040506")))));
        assertEquals(300, data.sn());
        assertEquals(List.of(1, 2), data.lengthIndicators());
        assertFalse(data.startsSdu());
        assertFalse(data.endsSdu());
        assertEquals("010203040506", hex(data.data()));
    }

    @Test
    void aSegmentHeaderCarriesLsfAndSo() {
        RlcAmData data = assertInstanceOf(RlcAmData.class,
                ok(Hex.of(FrameBytes.segment(9, 0b10, true, 1234, Hex.bytes("cc"), Hex.bytes("ddee")))));
        assertTrue(data.resegmented());
        assertTrue(data.lastSegment());
        assertEquals(1234, data.segmentOffset());
        assertEquals(List.of(1), data.lengthIndicators());
        assertEquals("ccddee", hex(data.data()));
    }

    @Test
    void badHeadersSayWhy() {
        assertEquals("rlc-am.truncated", malformed(""));
        assertEquals("rlc-am.truncated", malformed("a0"));
        assertEquals("rlc-am.truncated", malformed("e0 07 80"), "segment header cut in its SO");
        assertEquals("rlc-am.no-data", malformed("a0 07"));
        assertEquals("rlc-am.cpt-reserved", malformed("10 04"));
        // E=1 then E=0 LI=0.
        assertEquals("rlc-am.li-zero", malformed("a4 07 00 00 aa"));
        // E=1 then E=0 LI=3 with only 3 data bytes: nothing left for the last element.
        assertEquals("rlc-am.li-exceeds-data", malformed("a4 07 00 30 aa bb cc"));
    }

    private static String hex(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return Hex.of(out);
    }
}
